import type { Insertable, Selectable, Updateable } from "kysely";

/** When an answer was cleared (client clock): a save older than this is stale, not a new answer. */
export interface ClearedAnswersTable {
  response_id: number;
  item_id: string;
  client_at: string;
}

export type ClearedAnswer = Selectable<ClearedAnswersTable>;
export type NewClearedAnswer = Insertable<ClearedAnswersTable>;
export type ClearedAnswerUpdate = Updateable<ClearedAnswersTable>;
