import type { Db } from "../shared/db.js";
import { submittedAnswers, submittedResponses, submittedScores } from "../shared/submitted-responses.js";

export interface Columns {
  n: number;
  columns: Record<string, (number | null)[]>;
}

/** Score columns with the response each row belongs to. */
export interface ScoreColumns extends Columns {
  responseIds: number[];
}

/** Submitted respondents' stored scores, one column per node (null = missing or not applicable). */
export async function scoreColumns(db: Db, campaignId: number): Promise<ScoreColumns> {
  const rows = await submittedScores(db, campaignId);
  const index = new Map<number, number>();
  for (const row of rows) if (!index.has(row.responseId)) index.set(row.responseId, index.size);
  const n = index.size;
  const columns: Record<string, (number | null)[]> = {};
  for (const row of rows) {
    let column = columns[row.nodeId];
    if (!column) {
      column = new Array<number | null>(n).fill(null);
      columns[row.nodeId] = column;
    }
    column[index.get(row.responseId) as number] = row.score === null ? null : Number(row.score);
  }
  return { n, columns, responseIds: [...index.keys()] };
}

/** Submitted respondents' answers, one column per item: the point, or null ("don't know", blank, not asked). */
export async function answerColumns(
  db: Db,
  campaignId: number,
  itemIds: readonly string[],
): Promise<Columns> {
  const responses = await submittedResponses(db, campaignId).select("r.id").orderBy("r.id").execute();
  const index = new Map(responses.map((r, i) => [r.id, i]));
  const n = responses.length;
  const columns: Record<string, (number | null)[]> = {};
  for (const id of itemIds) columns[id] = new Array<number | null>(n).fill(null);
  for (const row of await submittedAnswers(db, campaignId)) {
    const column = columns[row.itemId];
    const i = index.get(row.responseId);
    if (column && i !== undefined && row.point !== null) column[i] = row.point;
  }
  return { n, columns };
}
