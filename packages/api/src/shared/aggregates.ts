import { ROLES, type Role } from "@maturo/model";
import { EMPTY_MOMENTS, type Moments } from "@maturo/scoring";
import { sql } from "kysely";
import type { Db } from "./db.js";
import { submittedResponses } from "./submitted-responses.js";

/** Per node and role: count, sum and sum of squares of stored respondent scores, aggregated in SQL. */
export type RoleMoments = Record<Role, Moments>;

function emptyRoles(): RoleMoments {
  return Object.fromEntries(ROLES.map((role) => [role, EMPTY_MOMENTS])) as RoleMoments;
}

function toMoments(n: number, sum: number, sumSquares: number): Moments {
  if (n === 0) return EMPTY_MOMENTS;
  const mean = sum / n;
  return { n, mean, m2: Math.max(0, sumSquares - n * mean * mean) };
}

export interface ScoreFilter {
  campaignId: number;
  organisationId?: number;
  /** Only these organisations (an empty list: none). */
  organisationIds?: readonly number[] | undefined;
  /** Only these nodes. */
  nodeIds?: readonly string[];
}

/** Moments per (organisation, node, role) of submitted responses' stored scores. */
export async function scoreMoments(
  db: Db,
  filter: ScoreFilter,
): Promise<Map<number, Map<string, RoleMoments>>> {
  let query = db
    .selectFrom("respondent_scores as s")
    .select([
      "s.organisation_id as organisationId",
      "s.node_id as nodeId",
      "s.role",
      sql<number | string>`count(s.score)`.as("n"),
      sql<number | string | null>`sum(s.score)`.as("sum"),
      sql<number | string | null>`sum(s.score * s.score)`.as("sumSquares"),
    ])
    .where("s.campaign_id", "=", filter.campaignId)
    .groupBy(["s.organisation_id", "s.node_id", "s.role"]);
  if (filter.organisationId !== undefined)
    query = query.where("s.organisation_id", "=", filter.organisationId);
  if (filter.organisationIds !== undefined) {
    if (filter.organisationIds.length === 0) return new Map();
    query = query.where("s.organisation_id", "in", [...filter.organisationIds]);
  }
  if (filter.nodeIds !== undefined) {
    if (filter.nodeIds.length === 0) return new Map();
    query = query.where("s.node_id", "in", [...filter.nodeIds]);
  }
  const rows = await query.execute();
  const byOrganisation = new Map<number, Map<string, RoleMoments>>();
  for (const row of rows) {
    let nodes = byOrganisation.get(row.organisationId);
    if (!nodes) {
      nodes = new Map();
      byOrganisation.set(row.organisationId, nodes);
    }
    let roles = nodes.get(row.nodeId);
    if (!roles) {
      roles = emptyRoles();
      nodes.set(row.nodeId, roles);
    }
    roles[row.role] = toMoments(Number(row.n), Number(row.sum ?? 0), Number(row.sumSquares ?? 0));
  }
  return byOrganisation;
}

/** Answer counts per (item, role, point) of submitted responses; "don't know" is point null. */
export async function answerCountsByRole(
  db: Db,
  filter: ScoreFilter,
): Promise<{ itemId: string; role: Role; point: number | null; n: number }[]> {
  let query = submittedResponses(db, filter.campaignId)
    .innerJoin("answers as a", "a.response_id", "r.id")
    .select(["a.item_id as itemId", "r.role", "a.point", sql<number | string>`count(*)`.as("n")])
    .groupBy(["a.item_id", "r.role", "a.point"]);
  if (filter.organisationId !== undefined)
    query = query.where("r.organisation_id", "=", filter.organisationId);
  const rows = await query.execute();
  return rows.map((r) => ({ itemId: r.itemId, role: r.role, point: r.point, n: Number(r.n) }));
}

/** Answer counts per (item, point) of submitted responses, over every role. */
export function answerCountsOverRoles(
  byRole: readonly { itemId: string; point: number | null; n: number }[],
): { itemId: string; point: number | null; n: number }[] {
  const counts = new Map<string, { itemId: string; point: number | null; n: number }>();
  for (const { itemId, point, n } of byRole) {
    const key = `${itemId} ${point ?? "-"}`;
    const entry = counts.get(key);
    if (entry) entry.n += n;
    else counts.set(key, { itemId, point, n });
  }
  return [...counts.values()];
}

/** Answer counts per (item, point) of submitted responses; "don't know" is point null. */
export async function answerCounts(
  db: Db,
  filter: ScoreFilter,
): Promise<{ itemId: string; point: number | null; n: number }[]> {
  return answerCountsOverRoles(await answerCountsByRole(db, filter));
}

/**
 * Recounts the submitted responses of a campaign (of one organisation, or all) into
 * `submission_tallies`: count, id sum, least and greatest id. Runs in the transaction of every
 * submission and withdrawal, so the benchmark time rule reads one row per organisation instead of
 * grouping the campaign's responses on every request.
 */
export async function refreshSubmissionTallies(
  db: Db,
  campaignId: number,
  organisationId?: number,
): Promise<void> {
  let stale = db.deleteFrom("submission_tallies").where("campaign_id", "=", campaignId);
  let counted = submittedResponses(db, campaignId)
    .select([
      "r.campaign_id",
      "r.organisation_id",
      sql<number>`count(*)`.as("submitted"),
      sql<number>`sum(r.id)`.as("id_sum"),
      sql<number>`min(r.id)`.as("min_id"),
      sql<number>`max(r.id)`.as("max_id"),
    ])
    .groupBy(["r.campaign_id", "r.organisation_id"]);
  if (organisationId !== undefined) {
    stale = stale.where("organisation_id", "=", organisationId);
    counted = counted.where("r.organisation_id", "=", organisationId);
  }
  await stale.execute();
  await db
    .insertInto("submission_tallies")
    .columns(["campaign_id", "organisation_id", "submitted", "id_sum", "min_id", "max_id"])
    .expression(counted)
    .execute();
  await db
    .insertInto("submission_generations")
    .values({ campaign_id: campaignId, generation: 1 })
    .onConflict((oc) =>
      oc.column("campaign_id").doUpdateSet({ generation: sql`submission_generations.generation + 1` }),
    )
    .execute();
}
