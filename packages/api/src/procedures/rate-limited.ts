import { type RateLimitRule, takeAttempt } from "../auth/rate-limit.js";
import type { SessionUser } from "../auth/sessions.js";
import type { Context } from "../context.js";
import { AppError, type MessageCode } from "../errors.js";
import type { MessageArgs } from "../messages/catalogue.js";
import { middleware } from "../trpc.js";

/**
 * Allows each user `rule.limit` calls per window of a costly procedure (counted in the database, so
 * across every server instance); a call over the limit ends with `refusal` before any work is done.
 */
export function rateLimitedPerUser<C extends MessageCode>(
  name: string,
  rule: RateLimitRule,
  refusal: C,
  ...args: MessageArgs<C>
) {
  return middleware(async ({ ctx, next }) => {
    const { db, now, user } = ctx as Context & { user: SessionUser };
    if (!(await takeAttempt(db, `${name}:${user.id}`, rule, now()))) throw new AppError(refusal, ...args);
    return next();
  });
}
