/** Scores computed once by @maturo/scoring when a response is submitted. */
export interface RespondentScoresTable {
  response_id: number;
  node_id: string;
  campaign_id: number;
  organisation_id: number;
  role: "director" | "manager" | "staff";
  /** 0–100, or null when missing under the rules; not-applicable nodes have no row. */
  score: number | null;
}
