import type { Database } from "@maturo/db";
import type { Kysely, Transaction } from "kysely";

export interface AnswerWrite {
  responseId: number;
  answers: readonly { itemId: string; value: number | "dk" | null; at: string }[];
  savedAt: string;
  locale?: "nl" | "en" | undefined;
}

/** Applies one save inside a transaction: last write wins by the respondent's clock. */
async function apply(trx: Transaction<Database>, write: AnswerWrite): Promise<void> {
  const { responseId, savedAt } = write;
  for (const answer of write.answers) {
    const at = new Date(answer.at).toISOString();
    if (answer.value === null) {
      await trx
        .deleteFrom("answers")
        .where("response_id", "=", responseId)
        .where("item_id", "=", answer.itemId)
        .where("client_at", "<=", at)
        .execute();
      continue;
    }
    const point = answer.value === "dk" ? null : answer.value;
    const dontKnow = answer.value === "dk" ? 1 : 0;
    await trx
      .insertInto("answers")
      .values({
        response_id: responseId,
        item_id: answer.itemId,
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
  await trx
    .updateTable("responses")
    .set({ updated_at: savedAt, ...(write.locale ? { locale: write.locale } : {}) })
    .where("id", "=", responseId)
    .execute();
}

interface Pending {
  write: AnswerWrite;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for autosaves. Saves that arrive while a commit is running wait and are written
 * together in the next transaction, so many respondents share one durable commit (one fsync on
 * SQLite) instead of queueing for one each. A save's promise resolves only after the transaction
 * holding it has committed; if a shared transaction fails, each save in it is retried on its own so
 * one bad save never fails another's.
 */
export class AnswerWriter {
  readonly #db: Kysely<Database>;
  #queue: Pending[] = [];
  #flushing = false;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  write(write: AnswerWrite): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#queue.push({ write, resolve, reject });
      if (!this.#flushing) void this.#flush();
    });
  }

  async #flush(): Promise<void> {
    this.#flushing = true;
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue;
        this.#queue = [];
        try {
          await this.#db.transaction().execute(async (trx) => {
            for (const pending of batch) await apply(trx, pending.write);
          });
          for (const pending of batch) pending.resolve();
        } catch (error) {
          if (batch.length === 1) {
            batch[0]?.reject(error);
            continue;
          }
          for (const pending of batch) {
            try {
              await this.#db.transaction().execute((trx) => apply(trx, pending.write));
              pending.resolve();
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
