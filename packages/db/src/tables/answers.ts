/** One answer, keyed by (response, item). An unanswered item has no row. */
export interface AnswersTable {
  response_id: number;
  item_id: string;
  /** The chosen point 1..k; null for "don't know". */
  point: number | null;
  /** 1 for "don't know". */
  dont_know: number;
  /** When the respondent gave it (client clock); a later save with an older time is ignored. */
  client_at: string;
  saved_at: string;
}
