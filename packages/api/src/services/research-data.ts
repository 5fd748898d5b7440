import type { Database } from "@maturo/db";
import type { Kysely } from "kysely";

/** Submitted respondents' stored scores, one column per node (null = missing or not applicable). */
export async function scoreColumns(
  db: Kysely<Database>,
  campaignId: number,
): Promise<{ n: number; columns: Record<string, (number | null)[]> }> {
  const rows = await db
    .selectFrom("respondent_scores as s")
    .innerJoin("responses as r", "r.id", "s.response_id")
    .select(["s.response_id as responseId", "s.node_id as nodeId", "s.score"])
    .where("s.campaign_id", "=", campaignId)
    .where("r.status", "=", "submitted")
    .orderBy("s.response_id")
    .execute();
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
  return { n, columns };
}

/** Submitted respondents' answers, one column per item: the point, or null ("don't know", blank, not asked). */
export async function answerColumns(
  db: Kysely<Database>,
  campaignId: number,
  itemIds: readonly string[],
): Promise<{ n: number; columns: Record<string, (number | null)[]> }> {
  const responses = await db
    .selectFrom("responses")
    .select("id")
    .where("campaign_id", "=", campaignId)
    .where("status", "=", "submitted")
    .orderBy("id")
    .execute();
  const index = new Map(responses.map((r, i) => [r.id, i]));
  const n = responses.length;
  const columns: Record<string, (number | null)[]> = {};
  for (const id of itemIds) columns[id] = new Array<number | null>(n).fill(null);
  const rows = await db
    .selectFrom("answers as a")
    .innerJoin("responses as r", "r.id", "a.response_id")
    .select(["a.response_id as responseId", "a.item_id as itemId", "a.point"])
    .where("r.campaign_id", "=", campaignId)
    .where("r.status", "=", "submitted")
    .where("a.point", "is not", null)
    .execute();
  for (const row of rows) {
    const column = columns[row.itemId];
    const i = index.get(row.responseId);
    if (column && i !== undefined) column[i] = row.point;
  }
  return { n, columns };
}
