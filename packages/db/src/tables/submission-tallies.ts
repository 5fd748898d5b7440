/**
 * Per campaign × organisation, its submitted responses summed up: kept at every submission and
 * withdrawal (`@maturo/api` shared/aggregates.ts), read as the benchmark time rule's fingerprint.
 */
export interface SubmissionTalliesTable {
  campaign_id: number;
  organisation_id: number;
  submitted: number;
  /** bigint: PostgreSQL hands it over as a string. */
  id_sum: number | string;
  min_id: number;
  max_id: number;
}

/** Per campaign, how often its tallies changed: what a reader may cache them by. */
export interface SubmissionGenerationsTable {
  campaign_id: number;
  generation: number;
}
