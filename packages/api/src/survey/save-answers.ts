import type { Context } from "../context.js";
import { AppError } from "../errors.js";
import { wording } from "../messages/catalogue.js";
import { loadInstrumentVersion } from "../shared/instrument-version.js";
import { itemsForRole } from "../shared/questionnaire.js";
import { type AnswerStatus, answerWriterFor } from "./answer-writer.js";
import { answerTime } from "./client-time.js";
import { presentedDeviceKey } from "./device-key.js";
import { assertAnswerable, findInvitationForDevice } from "./link-state.js";
import { ensureResponse } from "./queries.js";
import { bindDevice, respondentProof } from "./respondent-proof.js";
import { mailResumeCode } from "./resume-code-mail.js";

export interface SaveInput {
  token: string;
  locale?: "nl" | "en" | undefined;
  answers: { itemId: string; value: number | "dk" | null; at: string }[];
}

export interface SaveResult {
  /** How many answers were applied. */
  saved: number;
  savedAt: string;
  /** Per answer, in input order: whether it is what is stored now, and if refused, why. */
  results: { itemId: string; status: AnswerStatus; reason: string | null }[];
  /** The resume code, once: on the save that first bound a device to this response. */
  resumeCode: string | null;
}

/**
 * Saves a batch of answers once each is checked against the items the respondent is asked. Only a
 * device that proves to be the respondent's may save to a response holding answers. Returns only
 * once the applied answers are durable, with the status of every answer.
 */
export async function saveAnswers(
  ctx: Pick<Context, "db" | "secret" | "now" | "cookies" | "mailer" | "locale">,
  input: SaveInput,
): Promise<SaveResult> {
  const now = ctx.now();
  const { invitation, deviceBound } = await findInvitationForDevice(
    ctx.db,
    ctx.secret,
    input.token,
    presentedDeviceKey(ctx),
  );
  assertAnswerable(invitation, now);
  const version = await loadInstrumentVersion(
    ctx.db,
    invitation.instrumentVersionId,
    invitation.instrumentHash,
  );
  const asked = itemsForRole(version.compiled, invitation.role);
  input.answers.forEach((answer, index) => {
    const item = asked.get(answer.itemId);
    if (!item) throw new AppError("survey.item-not-asked", { index, itemId: answer.itemId });
    if (answer.value === "dk" && !item.dontKnow)
      throw new AppError("survey.no-dont-know", { index, itemId: answer.itemId });
    if (typeof answer.value === "number" && answer.value > item.points)
      throw new AppError("survey.point-out-of-range", { index, itemId: answer.itemId, points: item.points });
  });
  const savedAt = now.toISOString();
  const proof = await respondentProof(ctx, invitation.responseId, deviceBound);
  if (proof === "none") throw new AppError("survey.other-device");
  const responseId =
    invitation.responseId ?? (await ensureResponse(ctx.db, invitation, input.locale ?? "nl", savedAt));
  const resumeCode = proof === "unanswered" ? await bindDevice(ctx, responseId, now) : null;
  const answers = input.answers.map((answer) => ({ ...answer, at: answerTime(answer.at, now) }));
  const statuses = await answerWriterFor(ctx.db).write({
    responseId,
    answers,
    savedAt,
    locale: input.locale,
    role: invitation.role,
    items: asked,
  });
  if (resumeCode) await mailResumeCode(ctx, invitation, resumeCode, input.locale ?? "nl");
  const locale = input.locale ?? ctx.locale;
  const results = answers.map((answer, index) => {
    const status = statuses[index] ?? "stale";
    const controller = asked.get(answer.itemId)?.showIf?.item ?? "";
    const reason =
      status === "not-asked"
        ? wording("survey.follow-up-hidden", { itemId: answer.itemId, controller })[locale]
        : null;
    return { itemId: answer.itemId, status, reason };
  });
  return { saved: statuses.filter((s) => s === "applied").length, savedAt, results, resumeCode };
}
