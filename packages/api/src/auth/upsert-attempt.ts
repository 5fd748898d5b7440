import type { Database } from "@maturo/db";
import type { Expression, ExpressionBuilder, OnConflictDatabase, OnConflictTables, SqlBool } from "kysely";
import type { Db } from "../shared/db.js";

type OnStoredKey = ExpressionBuilder<
  OnConflictDatabase<Database, "rate_limits">,
  OnConflictTables<"rate_limits">
>;

export interface AttemptUpsert {
  /** `window_start` of a key stored for the first time. */
  windowStart: string;
  /** A stored key whose `window_start` is before this counts from 1 again. */
  restartBefore: string;
  /** The stored key's new `window_start`; `restart` holds when it counts from 1 again. */
  nextWindowStart: (eb: OnStoredKey, restart: Expression<SqlBool>) => Expression<string>;
  /** When given, a stored key is counted only if its `window_start` is at or before this time. */
  onlyFrom?: string;
}

/**
 * Counts one attempt against `key` in one conditional upsert (the one statement rate limits and
 * backoff share, so concurrent attempts on any server instance queue on the row): the new count,
 * or undefined when `onlyFrom` left the stored key alone.
 */
export async function upsertAttempt(db: Db, key: string, upsert: AttemptUpsert): Promise<number | undefined> {
  const row = await db
    .insertInto("rate_limits")
    .values({ key, window_start: upsert.windowStart, count: 1 })
    .onConflict((oc) => {
      const counted = oc.column("key").doUpdateSet((eb) => {
        const restart = eb("rate_limits.window_start", "<", upsert.restartBefore);
        return {
          count: eb
            .case()
            .when(restart)
            .then(1)
            .else(eb("rate_limits.count", "+", 1))
            .end(),
          window_start: upsert.nextWindowStart(eb, restart),
        };
      });
      return upsert.onlyFrom === undefined
        ? counted
        : counted.where("rate_limits.window_start", "<=", upsert.onlyFrom);
    })
    .returning("count")
    .executeTakeFirst();
  return row?.count;
}
