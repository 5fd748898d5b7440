import type { Database } from "@maturo/db";
import type { Kysely } from "kysely";

export interface RateLimitRule {
  /** Attempts allowed per window. */
  limit: number;
  windowSeconds: number;
}

export const LOGIN_RULE: RateLimitRule = { limit: 10, windowSeconds: 15 * 60 };

/**
 * Counts one attempt against `key` in a fixed window stored in the database, so every server
 * instance shares the count. Returns false when the limit is exceeded.
 */
export async function takeAttempt(
  db: Kysely<Database>,
  key: string,
  rule: RateLimitRule,
  now: Date,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("rate_limits")
      .select(["window_start", "count"])
      .where("key", "=", key)
      .executeTakeFirst();
    const windowStart = new Date(now.getTime() - rule.windowSeconds * 1000).toISOString();
    if (!row || row.window_start < windowStart) {
      await trx
        .insertInto("rate_limits")
        .values({ key, window_start: now.toISOString(), count: 1 })
        .onConflict((oc) => oc.column("key").doUpdateSet({ window_start: now.toISOString(), count: 1 }))
        .execute();
      return true;
    }
    if (row.count >= rule.limit) return false;
    await trx
      .updateTable("rate_limits")
      .set({ count: row.count + 1 })
      .where("key", "=", key)
      .execute();
    return true;
  });
}

export async function clearAttempts(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom("rate_limits").where("key", "=", key).execute();
}
