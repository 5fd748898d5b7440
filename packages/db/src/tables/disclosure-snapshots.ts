/**
 * The key-user figures last shown per campaign × organisation (docs/architecture.md, "Disclosure
 * control", the time rule): the respondents they rest on and their aggregate state, served until the
 * respondents changed by at least k. JSON text, the same on SQLite and PostgreSQL.
 */
export interface DisclosureSnapshotsTable {
  campaign_id: number;
  organisation_id: number;
  /** The submitted response ids the figures rest on (JSON array). */
  basis: string;
  /** Aggregates only: moments per node × role, answer counts per item × point, respondents per role (JSON). */
  state: string;
  updated_at: string;
}
