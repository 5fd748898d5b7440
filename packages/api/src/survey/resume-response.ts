import { clearAttempts, takeAttempt } from "../auth/rate-limit.js";
import type { Context } from "../context.js";
import { AppError } from "../errors.js";
import { assertAnswerable, findInvitationByToken } from "./link-state.js";
import { discardResponse } from "./queries.js";
import { addThisDevice, isResumeCode } from "./respondent-proof.js";

type RespondentContext = Pick<Context, "db" | "secret" | "now" | "cookies">;

/** Wrong resume codes allowed per link and window: enough for typos, far too few to guess. */
const RESUME_RULE = { limit: 10, windowSeconds: 15 * 60 };

/** Binds this device to the response after the respondent typed its resume code. */
export async function resumeWithCode(
  ctx: RespondentContext,
  input: { token: string; code: string },
): Promise<{ resumed: true }> {
  const now = ctx.now();
  const invitation = await findInvitationByToken(ctx.db, ctx.secret, input.token);
  assertAnswerable(invitation, now);
  const responseId = invitation.responseId;
  if (responseId === null) return { resumed: true };
  const key = `resume-code:${invitation.invitationId}`;
  if (!(await takeAttempt(ctx.db, key, RESUME_RULE, now))) throw new AppError("survey.too-many-codes");
  if (!(await isResumeCode(ctx, responseId, input.code))) throw new AppError("survey.wrong-code");
  await clearAttempts(ctx.db, key);
  await addThisDevice(ctx, responseId, now);
  return { resumed: true };
}

/**
 * Starts again: the earlier answers of a response in progress are discarded, so a respondent who lost
 * device and code is never locked out. It reveals nothing, and the link keeps working.
 */
export async function startAgain(ctx: RespondentContext, token: string): Promise<{ state: "open" }> {
  const invitation = await findInvitationByToken(ctx.db, ctx.secret, token);
  assertAnswerable(invitation, ctx.now());
  await ctx.db.transaction().execute((trx) => discardResponse(trx, invitation));
  return { state: "open" };
}
