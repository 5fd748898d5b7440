import type { Database } from "@maturo/db";
import type { Kysely } from "kysely";
import { newPseudonym } from "../auth/tokens.js";
import type { Db } from "../shared/db.js";
import { updateById } from "../shared/update-by-id.js";
import type { RespondentInvitation } from "./link-state.js";

export type AnswerMap = Record<string, number | "dk">;

/** The invitation (with its campaign, organisation and response) whose token hashes to `tokenHash`. */
export function invitationByTokenHash(db: Db, tokenHash: string): Promise<RespondentInvitation | undefined> {
  return db
    .selectFrom("invitations as i")
    .innerJoin("campaigns as c", "c.id", "i.campaign_id")
    .innerJoin("organisations as o", "o.id", "i.organisation_id")
    .leftJoin("responses as r", "r.invitation_id", "i.id")
    .select([
      "i.id as invitationId",
      "i.campaign_id as campaignId",
      "i.organisation_id as organisationId",
      "i.role",
      "i.status as invitationStatus",
      "i.revoked_at as revokedAt",
      "c.status as campaignStatus",
      "c.name as campaignName",
      "c.opens_at as opensAt",
      "c.closes_at as closesAt",
      "c.instrument_version_id as instrumentVersionId",
      "o.name as organisationName",
      "i.email",
      "r.id as responseId",
      "r.status as responseStatus",
    ])
    .where("i.token_hash", "=", tokenHash)
    .executeTakeFirst();
}

/** A response's stored answers by item ("dk" for don't know). */
export async function readAnswers(db: Db, responseId: number | null): Promise<AnswerMap> {
  if (responseId === null) return {};
  const rows = await db
    .selectFrom("answers")
    .select(["item_id", "point", "dont_know"])
    .where("response_id", "=", responseId)
    .execute();
  const answers: AnswerMap = {};
  for (const row of rows) answers[row.item_id] = row.dont_know ? "dk" : (row.point ?? "dk");
  return answers;
}

/** The language of a response's last save. */
export async function responseLocale(db: Db, responseId: number): Promise<"nl" | "en" | null> {
  const row = await db
    .selectFrom("responses")
    .select("locale")
    .where("id", "=", responseId)
    .executeTakeFirst();
  return row?.locale ?? null;
}

export function setInvitationStatus(
  db: Db,
  invitationId: number,
  status: "started" | "submitted" | "withdrawn",
): Promise<unknown> {
  let query = db.updateTable("invitations").set({ status }).where("id", "=", invitationId);
  // Only a fresh invitation becomes started: a submitted or withdrawn one stays what it is.
  if (status === "started") query = query.where("status", "=", "invited");
  return query.execute();
}

/**
 * Creates the response on the first save and marks the invitation started. Idempotent under racing
 * first saves on either database: the insert yields to an existing row (the unique invitation id),
 * then the row is read, so a duplicate never becomes a 500.
 */
export async function ensureResponse(
  db: Kysely<Database>,
  invitation: RespondentInvitation,
  locale: "nl" | "en",
  at: string,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto("responses")
      .values({
        invitation_id: invitation.invitationId,
        campaign_id: invitation.campaignId,
        organisation_id: invitation.organisationId,
        role: invitation.role,
        pseudonym: newPseudonym(),
        locale,
        status: "in_progress",
        started_at: at,
        updated_at: at,
        submitted_at: null,
      })
      .onConflict((oc) => oc.column("invitation_id").doNothing())
      .execute();
    const row = await trx
      .selectFrom("responses")
      .select("id")
      .where("invitation_id", "=", invitation.invitationId)
      .executeTakeFirstOrThrow();
    await setInvitationStatus(trx, invitation.invitationId, "started");
    return row.id;
  });
}

/** Whether a response holds at least one answer. */
export async function hasAnswers(db: Db, responseId: number): Promise<boolean> {
  const row = await db
    .selectFrom("answers")
    .select("item_id")
    .where("response_id", "=", responseId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export type SecretKind = "device" | "resume-code";

/** Whether `hash` is a stored secret of this kind for the response. */
export async function hasSecret(
  db: Db,
  responseId: number,
  kind: SecretKind,
  hash: string,
): Promise<boolean> {
  const row = await db
    .selectFrom("response_secrets")
    .select("hash")
    .where("response_id", "=", responseId)
    .where("kind", "=", kind)
    .where("hash", "=", hash)
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether the response has a resume code yet. */
export async function hasResumeCode(db: Db, responseId: number): Promise<boolean> {
  const row = await db
    .selectFrom("response_secrets")
    .select("hash")
    .where("response_id", "=", responseId)
    .where("kind", "=", "resume-code")
    .executeTakeFirst();
  return row !== undefined;
}

/** Stores a secret's hash (again: nothing changes). */
export async function addSecret(
  db: Db,
  responseId: number,
  kind: SecretKind,
  hash: string,
  at: string,
): Promise<void> {
  await db
    .insertInto("response_secrets")
    .values({ response_id: responseId, kind, hash, created_at: at })
    .onConflict((oc) => oc.columns(["response_id", "kind", "hash"]).doNothing())
    .execute();
}

/** Removes answers to items that are no longer asked (the rule is applied by the caller). */
export async function deleteAnswers(db: Db, responseId: number, itemIds: readonly string[]): Promise<void> {
  if (itemIds.length === 0) return;
  await db
    .deleteFrom("answers")
    .where("response_id", "=", responseId)
    .where("item_id", "in", [...itemIds])
    .execute();
}

/** Discards a response that is in progress: the link starts afresh, as if never answered. */
export async function discardResponse(db: Db, invitation: RespondentInvitation): Promise<void> {
  if (invitation.responseId !== null) await deleteResponse(db, invitation.responseId);
  await db
    .updateTable("invitations")
    .set({ status: "invited" })
    .where("id", "=", invitation.invitationId)
    .where("status", "=", "started")
    .execute();
}

export async function markSubmitted(db: Db, responseId: number, at: string): Promise<void> {
  await updateById(db, "responses", responseId, { status: "submitted", submitted_at: at });
}

export async function deleteResponse(db: Db, responseId: number): Promise<void> {
  await db.deleteFrom("responses").where("id", "=", responseId).execute();
}

/** A response's stored scores per node (null where missing under the scoring rules). */
export async function responseScores(db: Db, responseId: number): Promise<Map<string, number | null>> {
  const rows = await db
    .selectFrom("respondent_scores")
    .select(["node_id", "score"])
    .where("response_id", "=", responseId)
    .execute();
  return new Map(rows.map((row) => [row.node_id, row.score]));
}
