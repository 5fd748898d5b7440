import type { Generated } from "kysely";

/** A round of data collection, answered with one pinned instrument version. */
export interface CampaignsTable {
  id: Generated<number>;
  /** wave: a researcher's survey over a population; self: an organisation's own assessment. */
  kind: "wave" | "self";
  name: string;
  instrument_version_id: number;
  /** The organisation of a self-assessment; null for a wave. */
  organisation_id: number | null;
  created_by: number | null;
  status: "open" | "closed";
  opens_at: string;
  closes_at: string | null;
  closed_at: string | null;
  /** Days after closing until e-mail addresses and tokens are deleted; null = the server default. */
  retention_days: number | null;
  purged_at: string | null;
  created_at: string;
}
