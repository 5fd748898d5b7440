import { sql } from "kysely";
import type { Db } from "../shared/db.js";
import { upsertAttempt } from "./upsert-attempt.js";

export interface RateLimitRule {
  /** Attempts allowed per window. */
  limit: number;
  windowSeconds: number;
}

/**
 * Counts one attempt against `key` in a fixed window stored in the database, so every server
 * instance shares the count. Returns false when the limit is exceeded.
 *
 * One upsert counts and answers at once: on PostgreSQL concurrent attempts queue on the row lock
 * and each sees the count the previous one left, so a burst can never pass more than `limit`
 * (a read followed by a write let 62 of 400 concurrent attempts through a limit of 10).
 */
export async function takeAttempt(db: Db, key: string, rule: RateLimitRule, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const windowOpened = new Date(now.getTime() - rule.windowSeconds * 1000).toISOString();
  const count = await upsertAttempt(db, key, {
    windowStart: at,
    restartBefore: windowOpened,
    nextWindowStart: (eb, expired) =>
      eb.case().when(expired).then(at).else(eb.ref("rate_limits.window_start")).end(),
  });
  // Without `onlyFrom` the upsert always writes and returns the row.
  return count !== undefined && count <= rule.limit;
}

export async function clearAttempts(db: Db, key: string): Promise<void> {
  await db.deleteFrom("rate_limits").where("key", "=", key).execute();
}

/** Clears every counter whose key starts with `prefix` (all addresses' counters of one account). */
export async function clearAttemptsStartingWith(db: Db, prefix: string): Promise<void> {
  const pattern = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  await db
    .deleteFrom("rate_limits")
    .where(sql<boolean>`${sql.ref("key")} like ${pattern} escape '\\'`)
    .execute();
}
