import type { Db } from "../../shared/db.js";

export interface OrganisationSummary {
  id: number;
  code: string;
  name: string;
  kind: string;
  province: string | null;
  sizeClass: string | null;
}

export function listOrganisations(db: Db): Promise<OrganisationSummary[]> {
  return db
    .selectFrom("organisations")
    .select(["id", "code", "name", "kind", "province", "size_class as sizeClass"])
    .orderBy("name")
    .execute();
}
