import { type Database, type SqliteConnection, sqliteConnectionOf } from "@maturo/db";
import { isAsked, type NormalizedItem, type Role } from "@maturo/model";
import { type Kysely, PostgresAdapter, type Transaction } from "kysely";
import { sqliteReadCache } from "../shared/sqlite-read-cache.js";
import { type SqliteAnswerStatements, sqliteAnswerStatements } from "./queries.js";

export interface AnswerWrite {
  responseId: number;
  /** `at` is the respondent's time, already bounded by the server clock (client-time.ts). */
  answers: readonly { itemId: string; value: number | "dk" | null; at: string }[];
  savedAt: string;
  locale?: "nl" | "en" | undefined;
  role: Role;
  /** The items the role is asked, by id: whether a follow-up is asked is decided with `isAsked`. */
  items: ReadonlyMap<string, NormalizedItem>;
}

/**
 * What became of one answer: `applied` (it is what is stored now), `stale` (a later answer or clear
 * is stored) or `not-asked` (the stored answers hide the item, so it is refused).
 */
export type AnswerStatus = "applied" | "stale" | "not-asked";

type Value = number | "dk";

/** Takes the response's row lock on PostgreSQL, so two instances never decide on stale reads (SQLite writes one at a time). */
async function lockResponse(trx: Transaction<Database>, responseId: number): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  await trx.selectFrom("responses").select("id").where("id", "=", responseId).forUpdate().execute();
}

interface StoredAnswer {
  item_id: string;
  point: number | null;
  dont_know: number;
  client_at: string;
}

/**
 * Decides each answer against what is stored (last write wins by the respondent's clock, a clear
 * leaving its time behind) and against the questionnaire's rule for follow-ups. Pure: both stores
 * below read the rows inside their transaction, decide here, then write the applied answers.
 */
function decide(
  write: AnswerWrite,
  stored: readonly StoredAnswer[],
  cleared: readonly { item_id: string; client_at: string }[],
): { answers: AnswerWrite["answers"]; statuses: AnswerStatus[] } {
  const latest = new Map<string, string>();
  const state: Record<string, Value> = {};
  for (const row of cleared) latest.set(row.item_id, row.client_at);
  for (const row of stored) {
    const before = latest.get(row.item_id);
    if (before === undefined || before < row.client_at) latest.set(row.item_id, row.client_at);
    state[row.item_id] = row.dont_know ? "dk" : (row.point ?? "dk");
  }
  const answers = write.answers.map((answer) => ({ ...answer, at: new Date(answer.at).toISOString() }));
  const statuses: AnswerStatus[] = answers.map((answer) => {
    const current = latest.get(answer.itemId);
    if (current !== undefined && current > answer.at) return "stale";
    latest.set(answer.itemId, answer.at);
    if (answer.value === null) delete state[answer.itemId];
    else state[answer.itemId] = answer.value;
    return "applied";
  });
  // Asked or not is judged on the answers as they will stand after this save; an answer refused here
  // cannot make another item asked (isAsked follows the chain of conditions to its start).
  answers.forEach((answer, index) => {
    if (statuses[index] !== "applied" || answer.value === null) return;
    const item = write.items.get(answer.itemId);
    if (!item || !isAsked(item, write.role, state, write.items)) statuses[index] = "not-asked";
  });
  return { answers, statuses };
}

/** One save inside a kysely transaction (PostgreSQL), so the statuses are exactly what is stored. */
async function apply(trx: Transaction<Database>, write: AnswerWrite): Promise<AnswerStatus[]> {
  const { responseId, savedAt } = write;
  await lockResponse(trx, responseId);
  const [stored, cleared] = await Promise.all([
    trx
      .selectFrom("answers")
      .select(["item_id", "point", "dont_know", "client_at"])
      .where("response_id", "=", responseId)
      .execute(),
    trx
      .selectFrom("cleared_answers")
      .select(["item_id", "client_at"])
      .where("response_id", "=", responseId)
      .execute(),
  ]);
  const { answers, statuses } = decide(write, stored, cleared);

  for (const [index, answer] of answers.entries()) {
    if (statuses[index] !== "applied") continue;
    const { itemId, at } = answer;
    if (answer.value === null) {
      await trx
        .deleteFrom("answers")
        .where("response_id", "=", responseId)
        .where("item_id", "=", itemId)
        .where("client_at", "<=", at)
        .execute();
      await trx
        .insertInto("cleared_answers")
        .values({ response_id: responseId, item_id: itemId, client_at: at })
        .onConflict((oc) =>
          oc
            .columns(["response_id", "item_id"])
            .doUpdateSet({ client_at: at })
            .where("cleared_answers.client_at", "<=", at),
        )
        .execute();
      continue;
    }
    const point = answer.value === "dk" ? null : answer.value;
    const dontKnow = answer.value === "dk" ? 1 : 0;
    await trx
      .insertInto("answers")
      .values({
        response_id: responseId,
        item_id: itemId,
        point,
        dont_know: dontKnow,
        client_at: at,
        saved_at: savedAt,
      })
      .onConflict((oc) =>
        oc
          .columns(["response_id", "item_id"])
          .doUpdateSet({ point, dont_know: dontKnow, client_at: at, saved_at: savedAt })
          .where("answers.client_at", "<=", at),
      )
      .execute();
  }
  const { locale } = write;
  await trx
    .updateTable("responses")
    .set({ updated_at: savedAt, ...(locale ? { locale } : {}) })
    .where("id", "=", responseId)
    .where((eb) =>
      eb.or([
        eb("updated_at", "<", touchStaleBefore(savedAt)),
        ...(locale ? [eb("locale", "<>", locale)] : []),
      ]),
    )
    .execute();
  return statuses;
}

/** How often a response's `updated_at` is refreshed while its respondent keeps saving. */
const TOUCH_EVERY_MS = 60_000;

/**
 * A save refreshes its response's `updated_at` (and language) only when the stored time is more
 * than a minute older, or the language changes: every answer rewrote the response's row, one more
 * page for the disk to sync per save, for a time nothing needs to the second (docs/decisions.md,
 * "Autosave: a second adapter, a kept link check, fewer statements"). Both stores use this bound.
 */
function touchStaleBefore(savedAt: string): string {
  return new Date(Date.parse(savedAt) - TOUCH_EVERY_MS).toISOString();
}

/**
 * The items whose stored rows `decide` reads: the saved ones (last write wins) and the items their
 * follow-up conditions name, up their chains (isAsked) — not the whole response, which a save per
 * answer would otherwise read again and again as the questionnaire fills.
 */
function itemsDecidedOn(write: AnswerWrite): string[] {
  const ids = new Set<string>();
  for (const answer of write.answers) {
    let id: string | undefined = answer.itemId;
    // A chain longer than the number of items has met an item twice: a cycle (as isAsked).
    for (let step = 0; id !== undefined && !ids.has(id) && step <= write.items.size; step++) {
      ids.add(id);
      id = write.items.get(id)?.showIf?.item;
    }
  }
  return [...ids];
}

/**
 * One save inside the SQLite group commit: prepared statements, run synchronously. Its stored
 * answers and clears come in one read (one item, the usual save, without json_each).
 */
function applySqlite(statements: SqliteAnswerStatements, write: AnswerWrite): AnswerStatus[] {
  const { responseId: response, savedAt } = write;
  const ids = itemsDecidedOn(write);
  const rows =
    ids.length === 1
      ? statements.decidedOne.all({ response, item: ids[0] as string })
      : statements.decidedAmong.all({ response, items: JSON.stringify(ids) });
  const stored = rows.filter((row) => row.cleared === 0);
  const cleared = rows.filter((row) => row.cleared === 1);
  const { answers, statuses } = decide(write, stored, cleared);
  for (const [index, answer] of answers.entries()) {
    if (statuses[index] !== "applied") continue;
    const { itemId: item, at } = answer;
    if (answer.value === null) {
      statements.deleteAnswer.run(response, item, at);
      statements.clear.run({ response, item, at });
      continue;
    }
    const point = answer.value === "dk" ? null : answer.value;
    statements.upsert.run({ response, item, point, dontKnow: answer.value === "dk" ? 1 : 0, at, savedAt });
  }
  statements.touch.run({
    response,
    savedAt,
    staleBefore: touchStaleBefore(savedAt),
    locale: write.locale ?? null,
  });
  return statuses;
}

type Outcome = { statuses: AnswerStatus[] } | { error: unknown };

interface Pending {
  write: AnswerWrite;
  resolve: (statuses: AnswerStatus[]) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for autosaves: many respondents share one durable commit (one fsync) instead of
 * queueing for one each. A save's promise resolves, with the status of each of its answers, only
 * after the transaction holding it has committed; one bad save never fails another's.
 *
 * On SQLite every save that arrived in one turn of the event loop is written in one transaction
 * at the end of that turn (`setImmediate`), synchronously with prepared statements while holding
 * kysely's only connection — so no kysely transaction is open on it, and the reads of other
 * requests never wait for an open write. A failing save is rolled back alone (#commitTogether). On PostgreSQL saves that arrive while a commit runs are written together in
 * the next transaction; if a shared transaction fails, each save in it is retried on its own.
 */
export class AnswerWriter {
  readonly #db: Kysely<Database>;
  readonly #sqlite: SqliteConnection | null;
  #queue: Pending[] = [];
  #flushing = false;
  #together: ((batch: Pending[]) => Outcome[]) | null = null;

  constructor(db: Kysely<Database>) {
    this.#db = db;
    this.#sqlite = sqliteConnectionOf(db);
  }

  write(write: AnswerWrite): Promise<AnswerStatus[]> {
    return new Promise<AnswerStatus[]>((resolve, reject) => {
      this.#queue.push({ write, resolve, reject });
      if (this.#flushing) return;
      this.#flushing = true;
      if (this.#sqlite) setImmediate(() => void this.#flushSqlite());
      else void this.#flush();
    });
  }

  async #flushSqlite(): Promise<void> {
    let batch: Pending[] = [];
    try {
      await this.#db.connection().execute(async () => {
        // Taken once the connection is ours: saves that arrived while waiting for it join too.
        batch = this.#queue;
        this.#queue = [];
        this.#flushing = false;
        const outcomes = this.#commitTogether(batch);
        // Committed: only now is any save acknowledged.
        for (const [index, pending] of batch.entries()) {
          const outcome = outcomes[index];
          if (outcome && "statuses" in outcome) pending.resolve(outcome.statuses);
          else pending.reject(outcome?.error);
        }
      });
    } catch (error) {
      // The transaction itself failed (e.g. the disk is full): nothing in it was acknowledged.
      if (batch.length === 0) {
        batch = this.#queue;
        this.#queue = [];
        this.#flushing = false;
      }
      for (const pending of batch) pending.reject(error);
    }
  }

  /**
   * One SQLite transaction for the batch (prepared once per writer). It first runs every save
   * straight through; only if one fails — rarely: a response deleted meanwhile — is the transaction
   * rolled back and the batch written again with each save in its own savepoint, so the failing
   * one alone is refused. A savepoint per save always cost a tenth of a save's writing.
   */
  #commitTogether(batch: Pending[]): Outcome[] {
    if (!this.#together) {
      const sqlite = this.#sqlite as SqliteConnection;
      const statements = sqliteAnswerStatements(sqlite);
      const straight = sqlite.transaction((saves: Pending[]) =>
        saves.map((pending): Outcome => ({ statuses: applySqlite(statements, pending.write) })),
      );
      const one = sqlite.transaction((write: AnswerWrite) => applySqlite(statements, write));
      const separately = sqlite.transaction((saves: Pending[]) =>
        saves.map((pending): Outcome => {
          try {
            return { statuses: one(pending.write) };
          } catch (error) {
            // SQLite rolled the whole transaction back by itself (full disk, I/O error): nothing
            // in it stands, so every save of the batch fails with this error.
            if (!sqlite.inTransaction) throw error;
            return { error };
          }
        }),
      );
      this.#together = (saves) => {
        try {
          return straight(saves);
        } catch (error) {
          if (saves.length === 1) return [{ error }];
          return separately(saves);
        }
      };
    }
    const together = this.#together;
    // Autosaves leave the link checks' rows as they were: they stay cached (sqlite-read-cache.ts).
    return sqliteReadCache(this.#sqlite as SqliteConnection).writeKeeping(() => together(batch));
  }

  async #flush(): Promise<void> {
    this.#flushing = true;
    try {
      while (this.#queue.length > 0) {
        // By response (stable, so one response's saves keep their order): row locks are then always
        // taken in the same order, and two instances cannot deadlock on them.
        const batch = [...this.#queue].sort((a, b) => a.write.responseId - b.write.responseId);
        this.#queue = [];
        try {
          const results = await this.#db.transaction().execute(async (trx) => {
            const statuses: AnswerStatus[][] = [];
            for (const pending of batch) statuses.push(await apply(trx, pending.write));
            return statuses;
          });
          for (const [index, pending] of batch.entries()) pending.resolve(results[index] ?? []);
        } catch (error) {
          if (batch.length === 1) {
            batch[0]?.reject(error);
            continue;
          }
          for (const pending of batch) {
            try {
              pending.resolve(await this.#db.transaction().execute((trx) => apply(trx, pending.write)));
            } catch (single) {
              pending.reject(single);
            }
          }
        }
      }
    } finally {
      this.#flushing = false;
    }
  }
}

const writers = new WeakMap<Kysely<Database>, AnswerWriter>();

/** The writer of one database handle (one queue per connection pool). */
export function answerWriterFor(db: Kysely<Database>): AnswerWriter {
  let writer = writers.get(db);
  if (!writer) {
    writer = new AnswerWriter(db);
    writers.set(db, writer);
  }
  return writer;
}
