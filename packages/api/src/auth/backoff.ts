import type { Db } from "../shared/db.js";
import { upsertAttempt } from "./upsert-attempt.js";

/**
 * Growing delays between attempts: `free` attempts at once, then a wait that doubles from
 * `firstDelaySeconds` up to `maxDelaySeconds`. After `forgetAfterSeconds` without a wait the count
 * starts again.
 */
export interface BackoffRule {
  free: number;
  firstDelaySeconds: number;
  maxDelaySeconds: number;
  forgetAfterSeconds: number;
}

/** Seconds to wait after the `attempts`-th attempt before the next one is taken. */
export function backoffDelaySeconds(rule: BackoffRule, attempts: number): number {
  if (attempts < rule.free) return 0;
  return Math.min(rule.firstDelaySeconds * 2 ** (attempts - rule.free), rule.maxDelaySeconds);
}

export type BackoffAnswer = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Takes one attempt against `key` when its wait is over. The row's `window_start` holds the time
 * from which the next attempt is taken and `count` the attempts so far; one conditional upsert
 * checks the wait, counts the attempt and sets the next wait, so concurrent attempts (on any
 * number of server instances) never pass a wait together. A caller clears the key on success.
 */
export async function takeBackoffSlot(
  db: Db,
  key: string,
  rule: BackoffRule,
  now: Date,
): Promise<BackoffAnswer> {
  const at = now.toISOString();
  const notBefore = (attempts: number): string =>
    new Date(now.getTime() + backoffDelaySeconds(rule, attempts) * 1000).toISOString();
  const forgotten = new Date(now.getTime() - rule.forgetAfterSeconds * 1000).toISOString();
  // Every count whose next wait differs from the cap's, as one CASE; the SQL stays dialect-neutral.
  let levels = rule.free;
  while (backoffDelaySeconds(rule, levels) < rule.maxDelaySeconds && levels < rule.free + 32) levels += 1;
  const taken = await upsertAttempt(db, key, {
    windowStart: notBefore(1),
    restartBefore: forgotten,
    nextWindowStart: (eb, stale) => {
      let next = eb.case().when(stale).then(notBefore(1));
      for (let count = 0; count < levels; count++)
        next = next.when("rate_limits.count", "=", count).then(notBefore(count + 1));
      return next.else(notBefore(levels + 1)).end();
    },
    onlyFrom: at,
  });
  if (taken !== undefined) return { allowed: true };
  const row = await db
    .selectFrom("rate_limits")
    .select("window_start")
    .where("key", "=", key)
    .executeTakeFirst();
  const waitMs = row ? Date.parse(row.window_start) - now.getTime() : 1000;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}
