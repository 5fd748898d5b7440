/**
 * The organisations' scores last shown in benchmarks, one row per campaign (docs/architecture.md,
 * "Disclosure control", the time rule with organisations as the unit). JSON text.
 */
export interface BenchmarkSnapshotsTable {
  campaign_id: number;
  /** Per organisation, a fingerprint of its submitted responses (JSON object). */
  basis: string;
  /** Per organisation and node, its score (JSON object). */
  state: string;
  updated_at: string;
}
