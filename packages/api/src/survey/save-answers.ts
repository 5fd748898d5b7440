import type { Context } from "../context.js";
import { AppError } from "../errors.js";
import { loadInstrumentVersion } from "../shared/instrument-version.js";
import { itemsForRole } from "../shared/questionnaire.js";
import { answerWriterFor } from "./answer-writer.js";
import { assertAnswerable, findInvitationByToken } from "./link-state.js";
import { ensureResponse } from "./queries.js";

export interface SaveInput {
  token: string;
  locale?: "nl" | "en" | undefined;
  answers: { itemId: string; value: number | "dk" | null; at: string }[];
}

/**
 * Saves a batch of answers once each is checked against the items the respondent is asked. Returns
 * only once the answers are durable; an answer older than the stored one is ignored by the writer.
 */
export async function saveAnswers(
  ctx: Pick<Context, "db" | "secret" | "now">,
  input: SaveInput,
): Promise<{ saved: number; savedAt: string }> {
  const now = ctx.now();
  const invitation = await findInvitationByToken(ctx.db, ctx.secret, input.token);
  assertAnswerable(invitation, now);
  const version = await loadInstrumentVersion(ctx.db, invitation.instrumentVersionId);
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
  const responseId =
    invitation.responseId ?? (await ensureResponse(ctx.db, invitation, input.locale ?? "nl", savedAt));
  await answerWriterFor(ctx.db).write({ responseId, answers: input.answers, savedAt, locale: input.locale });
  return { saved: input.answers.length, savedAt };
}
