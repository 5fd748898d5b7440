import type { Context } from "../context.js";
import { AppError } from "../errors.js";
import { insertAccountRequest, type NewAccountRequest } from "./queries.js";
import { takeAttempt } from "./rate-limit.js";

/** An organisation asks for a key-user account (at most five requests an hour per client); an admin decides. */
export async function requestAccount(
  ctx: Pick<Context, "db" | "now" | "ip">,
  request: NewAccountRequest,
): Promise<{ ok: true }> {
  if (!(await takeAttempt(ctx.db, `request:${ctx.ip}`, { limit: 5, windowSeconds: 3600 }, ctx.now())))
    throw new AppError("auth.too-many-requests");
  await insertAccountRequest(ctx.db, request, ctx.now().toISOString());
  return { ok: true };
}
