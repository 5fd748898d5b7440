import { ROLES, type Role } from "@maturo/model";
import { sql } from "kysely";
import type { Db } from "./db.js";

/**
 * The submitted responses of a campaign (`r`), the base of every read of results, research and
 * exports: answers and scores count only once a respondent has submitted.
 */
export function submittedResponses(db: Db, campaignId: number) {
  return db
    .selectFrom("responses as r")
    .where("r.campaign_id", "=", campaignId)
    .where("r.status", "=", "submitted");
}

/** The submitted responses of a campaign (`r`) with the organisation (`o`) each belongs to. */
export function submittedWithOrganisation(db: Db, campaignId: number) {
  return submittedResponses(db, campaignId).innerJoin("organisations as o", "o.id", "r.organisation_id");
}

/** Stored scores of submitted responses, in response order. */
export function submittedScores(
  db: Db,
  campaignId: number,
): Promise<{ responseId: number; nodeId: string; score: number | null }[]> {
  return submittedResponses(db, campaignId)
    .innerJoin("respondent_scores as s", "s.response_id", "r.id")
    .select(["s.response_id as responseId", "s.node_id as nodeId", "s.score"])
    .orderBy("s.response_id")
    .execute();
}

/** Stored answers of submitted responses ("don't know" is point null with dontKnow 1). */
export function submittedAnswers(
  db: Db,
  campaignId: number,
): Promise<{ responseId: number; itemId: string; point: number | null; dontKnow: number }[]> {
  return submittedResponses(db, campaignId)
    .innerJoin("answers as a", "a.response_id", "r.id")
    .select(["a.response_id as responseId", "a.item_id as itemId", "a.point", "a.dont_know as dontKnow"])
    .execute();
}

/** Submitted respondents per role of one organisation in one campaign. */
export async function submittedByRole(
  db: Db,
  campaignId: number,
  organisationId: number,
): Promise<Record<Role, number>> {
  const rows = await submittedResponses(db, campaignId)
    .select(["r.role", sql<number | string>`count(*)`.as("n")])
    .where("r.organisation_id", "=", organisationId)
    .groupBy("r.role")
    .execute();
  const counts = Object.fromEntries(ROLES.map((role) => [role, 0])) as Record<Role, number>;
  for (const row of rows) counts[row.role] = Number(row.n);
  return counts;
}
