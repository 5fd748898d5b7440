import { type Database, type SqliteConnection, type SqliteStatement, sqliteConnectionOf } from "@maturo/db";
import type { Kysely } from "kysely";
import { newPseudonym } from "../auth/tokens.js";
import type { Db } from "../shared/db.js";
import { preparedQuery } from "../shared/prepared-query.js";
import { sqliteReadCache } from "../shared/sqlite-read-cache.js";
import { updateById } from "../shared/update-by-id.js";
import type { RespondentInvitation } from "./link-state.js";

export type AnswerMap = Record<string, number | "dk">;

/** A respondent's invitation with its campaign, organisation, instrument version and response. */
function selectInvitation(db: Kysely<Database>) {
  return db
    .selectFrom("invitations as i")
    .innerJoin("campaigns as c", "c.id", "i.campaign_id")
    .innerJoin("organisations as o", "o.id", "i.organisation_id")
    .innerJoin("instrument_versions as v", "v.id", "c.instrument_version_id")
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
      "v.hash as instrumentHash",
      "o.name as organisationName",
      "i.email",
      "r.id as responseId",
      "r.status as responseStatus",
    ]);
}

const invitationByTokenHashQuery = preparedQuery((db, tokenHash: string) =>
  selectInvitation(db).where("i.token_hash", "=", tokenHash),
);

const invitationAndDeviceQuery = preparedQuery((db, tokenHash: string, deviceHash: string) =>
  selectInvitation(db)
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom("response_secrets as s")
            .select("s.hash")
            .whereRef("s.response_id", "=", "r.id")
            .where("s.kind", "=", "device")
            .where("s.hash", "=", deviceHash),
        )
        .as("deviceBound"),
    )
    .where("i.token_hash", "=", tokenHash),
);

/**
 * invitationByTokenHash, and in the same read whether the device whose key hashes to `deviceHash`
 * is bound to the invitation's response (hasSecret "device"): one statement for a save's checks.
 * On SQLite the row is kept while nothing but autosaves writes (sqlite-read-cache.ts): a
 * respondent's saves then check their link without reading it again, and any other change — a
 * revoked link, a closed campaign, a submitted response, a bound device — reads it afresh.
 */
export async function invitationAndDeviceByHash(
  db: Db,
  tokenHash: string,
  deviceHash: string,
): Promise<{ invitation: RespondentInvitation; deviceBound: boolean } | undefined> {
  const read = async () => {
    const row = (await invitationAndDeviceQuery(db, tokenHash, deviceHash))[0];
    // The row is the invitation (its extra `deviceBound` unread as such): no copy on every save.
    // Frozen: a kept row is shared by every save that reads it.
    return row && { invitation: Object.freeze(row), deviceBound: Boolean(row.deviceBound) };
  };
  const sqlite = sqliteConnectionOf(db);
  return sqlite ? sqliteReadCache(sqlite).get(`${tokenHash} ${deviceHash}`, read) : read();
}

/** The invitation (with its campaign, organisation and response) whose token hashes to `tokenHash`. */
export async function invitationByTokenHash(
  db: Db,
  tokenHash: string,
): Promise<RespondentInvitation | undefined> {
  return (await invitationByTokenHashQuery(db, tokenHash))[0];
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
  return (await anyAnswerQuery(db, responseId)).length > 0;
}

const anyAnswerQuery = preparedQuery((db, responseId: number) =>
  db.selectFrom("answers").select("item_id").where("response_id", "=", responseId).limit(1),
);

export type SecretKind = "device" | "resume-code";

/** Whether `hash` is a stored secret of this kind for the response. */
export async function hasSecret(
  db: Db,
  responseId: number,
  kind: SecretKind,
  hash: string,
): Promise<boolean> {
  return (await secretQuery(db, responseId, kind, hash)).length > 0;
}

const secretQuery = preparedQuery((db, responseId: number, kind: SecretKind, hash: string) =>
  db
    .selectFrom("response_secrets")
    .select("hash")
    .where("response_id", "=", responseId)
    .where("kind", "=", kind)
    .where("hash", "=", hash),
);

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

type Answer = { response: number; item: string; at: string };

/** A stored answer (`cleared` 0) or clear (`cleared` 1) of a response, as `decide` reads them. */
export interface DecidedRow {
  item_id: string;
  point: number | null;
  dont_know: number;
  client_at: string;
  cleared: 0 | 1;
}

export interface SqliteAnswerStatements {
  /** A response's stored answer and clear of one item: the usual autosave, one item, no condition. */
  decidedOne: SqliteStatement<[{ response: number; item: string }], DecidedRow>;
  /** A response's stored answers and clears among the items of a JSON array of ids. */
  decidedAmong: SqliteStatement<[{ response: number; items: string }], DecidedRow>;
  deleteAnswer: SqliteStatement<[number, string, string]>;
  clear: SqliteStatement<[Answer]>;
  upsert: SqliteStatement<[Answer & { point: number | null; dontKnow: number; savedAt: string }]>;
  /** The response's time and language, when its time is older than `staleBefore` or its language changes. */
  touch: SqliteStatement<[{ response: number; savedAt: string; staleBefore: string; locale: string | null }]>;
}

function prepareAnswerStatements(sqlite: SqliteConnection): SqliteAnswerStatements {
  return {
    decidedOne: sqlite.prepare<{ response: number; item: string }, DecidedRow>(
      `select item_id, point, dont_know, client_at, 0 as cleared from answers
       where response_id = @response and item_id = @item
       union all
       select item_id, null, 0, client_at, 1 from cleared_answers
       where response_id = @response and item_id = @item`,
    ),
    decidedAmong: sqlite.prepare<{ response: number; items: string }, DecidedRow>(
      `select item_id, point, dont_know, client_at, 0 as cleared from answers
       where response_id = @response and item_id in (select value from json_each(@items))
       union all
       select item_id, null, 0, client_at, 1 from cleared_answers
       where response_id = @response and item_id in (select value from json_each(@items))`,
    ),
    deleteAnswer: sqlite.prepare<[number, string, string]>(
      "delete from answers where response_id = ? and item_id = ? and client_at <= ?",
    ),
    clear: sqlite.prepare<{ response: number; item: string; at: string }>(
      `insert into cleared_answers (response_id, item_id, client_at) values (@response, @item, @at)
       on conflict (response_id, item_id) do update set client_at = @at where cleared_answers.client_at <= @at`,
    ),
    upsert: sqlite.prepare<{
      response: number;
      item: string;
      point: number | null;
      dontKnow: number;
      at: string;
      savedAt: string;
    }>(
      `insert into answers (response_id, item_id, point, dont_know, client_at, saved_at)
       values (@response, @item, @point, @dontKnow, @at, @savedAt)
       on conflict (response_id, item_id) do update
       set point = @point, dont_know = @dontKnow, client_at = @at, saved_at = @savedAt
       where answers.client_at <= @at`,
    ),
    touch: sqlite.prepare<{ response: number; savedAt: string; staleBefore: string; locale: string | null }>(
      `update responses set updated_at = @savedAt, locale = coalesce(@locale, locale)
       where id = @response and (updated_at < @staleBefore or locale <> coalesce(@locale, locale))`,
    ),
  };
}

const answerStatements = new WeakMap<SqliteConnection, SqliteAnswerStatements>();

/**
 * The statements of the autosave write on SQLite, prepared once per connection and run
 * synchronously inside the group commit (answer-writer.ts): the same rows and conditions as the
 * kysely queries PostgreSQL runs there.
 */
export function sqliteAnswerStatements(sqlite: SqliteConnection): SqliteAnswerStatements {
  let statements = answerStatements.get(sqlite);
  if (!statements) {
    statements = prepareAnswerStatements(sqlite);
    answerStatements.set(sqlite, statements);
  }
  return statements;
}
