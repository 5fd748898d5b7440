/** When an answer was cleared (client clock): a save older than this is stale, not a new answer. */
export interface ClearedAnswersTable {
  response_id: number;
  item_id: string;
  client_at: string;
}
