import { hashRespondentToken, hashToken } from "../auth/tokens.js";
import type { Context } from "../context.js";
import { AppError } from "../errors.js";
import { deviceKeyOf } from "./device-key.js";
import { addSecret, hasAnswers, hasResumeCode, hasSecret } from "./queries.js";
import { newResumeCode, normalizeResumeCode } from "./resume-code.js";

type ProofContext = Pick<Context, "db" | "secret" | "cookies">;

/**
 * Who may show and change a response's answers (docs/decisions.md, "Links are for answering, not
 * for reading"): a device bound to it, or anyone while it holds no answers — so a link is enough to
 * start, never to read back.
 */
export async function respondentProof(
  ctx: ProofContext,
  responseId: number | null,
  /** Whether this device is bound to the response, when the caller read it already (a save). */
  deviceBound?: boolean,
): Promise<"device" | "unanswered" | "none"> {
  if (responseId === null) return "unanswered";
  const device = hashRespondentToken(ctx.secret, deviceKeyOf(ctx));
  if (deviceBound ?? (await hasSecret(ctx.db, responseId, "device", device))) return "device";
  return (await hasAnswers(ctx.db, responseId)) ? "none" : "unanswered";
}

/** Refuses a request from a device that has not proven to be the respondent's. */
export async function assertRespondent(ctx: ProofContext, responseId: number | null): Promise<void> {
  if ((await respondentProof(ctx, responseId)) === "none") throw new AppError("survey.other-device");
}

/**
 * Binds this device to the response. Returns a new resume code when the response had none yet (it
 * is shown once; only its hash is kept). Two devices binding at once may both get a code: both work.
 */
export async function bindDevice(ctx: ProofContext, responseId: number, now: Date): Promise<string | null> {
  await addThisDevice(ctx, responseId, now);
  if (await hasResumeCode(ctx.db, responseId)) return null;
  const code = newResumeCode();
  await addSecret(ctx.db, responseId, "resume-code", hashToken(ctx.secret, code), now.toISOString());
  return code;
}

/** Lets this device show and change the response's answers from now on. */
export async function addThisDevice(ctx: ProofContext, responseId: number, now: Date): Promise<void> {
  const device = hashRespondentToken(ctx.secret, deviceKeyOf(ctx));
  await addSecret(ctx.db, responseId, "device", device, now.toISOString());
}

/** Whether `code` is the response's resume code. */
export function isResumeCode(ctx: ProofContext, responseId: number, code: string): Promise<boolean> {
  return hasSecret(ctx.db, responseId, "resume-code", hashToken(ctx.secret, normalizeResumeCode(code)));
}
