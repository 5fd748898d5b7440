import type { Generated } from "kysely";

/** A local government (or any organisation) that takes part in assessments. */
export interface OrganisationsTable {
  id: Generated<number>;
  /** Stable external code, e.g. the NIS code of a Flemish municipality; unique. */
  code: string;
  name: string;
  /** municipality, ocmw, province, intermunicipal, other */
  kind: string;
  province: string | null;
  /** e.g. "<10k", "10-20k", "20-50k", ">50k" */
  size_class: string | null;
  created_at: string;
}
