import { isAsked } from "@maturo/model";
import type { Context } from "../context.js";
import { AppError } from "../errors.js";
import { refreshSubmissionTallies } from "../shared/aggregates.js";
import { loadInstrumentVersion } from "../shared/instrument-version.js";
import { itemsForRole } from "../shared/questionnaire.js";
import { storeRespondentScores } from "../shared/respondent-scores.js";
import { assertAnswerable, findInvitationByToken } from "./link-state.js";
import {
  type AnswerMap,
  deleteAnswers,
  deleteResponse,
  markSubmitted,
  readAnswers,
  setInvitationStatus,
} from "./queries.js";
import { assertRespondent } from "./respondent-proof.js";

type RespondentContext = Pick<Context, "db" | "secret" | "now" | "cookies">;

/**
 * Submits what is stored: scores are computed once, by @maturo/scoring, and stored with the
 * response. Answers left on items the stored answers no longer ask (a follow-up whose question was
 * changed on another device) are cleared by the same rule as the questionnaire's, so a respondent
 * can always submit.
 */
export async function submitResponse(ctx: RespondentContext, token: string): Promise<{ state: "submitted" }> {
  const now = ctx.now();
  const invitation = await findInvitationByToken(ctx.db, ctx.secret, token);
  assertAnswerable(invitation, now);
  const responseId = invitation.responseId;
  if (responseId === null) throw new AppError("survey.nothing-to-submit");
  await assertRespondent(ctx, responseId);
  const version = await loadInstrumentVersion(
    ctx.db,
    invitation.instrumentVersionId,
    invitation.instrumentHash,
  );
  const items = itemsForRole(version.compiled, invitation.role);
  const stored = await readAnswers(ctx.db, responseId);
  const answers: AnswerMap = {};
  const notAsked: string[] = [];
  for (const [itemId, value] of Object.entries(stored)) {
    const item = items.get(itemId);
    if (item && isAsked(item, invitation.role, stored, items)) answers[itemId] = value;
    else notAsked.push(itemId);
  }
  if (Object.keys(answers).length === 0) throw new AppError("survey.nothing-to-submit");
  await ctx.db.transaction().execute(async (trx) => {
    await deleteAnswers(trx, responseId, notAsked);
    await storeRespondentScores(trx, version.compiled, {
      responseId,
      campaignId: invitation.campaignId,
      organisationId: invitation.organisationId,
      role: invitation.role,
      answers,
    });
    await markSubmitted(trx, responseId, now.toISOString());
    await setInvitationStatus(trx, invitation.invitationId, "submitted");
    await refreshSubmissionTallies(trx, invitation.campaignId, invitation.organisationId);
  });
  return { state: "submitted" };
}

/** Withdraws: the answers and scores are deleted; the link then says so. Only the respondent may. */
export async function withdrawResponse(
  ctx: Omit<RespondentContext, "now">,
  token: string,
): Promise<{ state: "withdrawn" }> {
  const invitation = await findInvitationByToken(ctx.db, ctx.secret, token);
  if (invitation.invitationStatus === "withdrawn") return { state: "withdrawn" };
  await assertRespondent(ctx, invitation.responseId);
  await ctx.db.transaction().execute(async (trx) => {
    if (invitation.responseId !== null) await deleteResponse(trx, invitation.responseId);
    await setInvitationStatus(trx, invitation.invitationId, "withdrawn");
    await refreshSubmissionTallies(trx, invitation.campaignId, invitation.organisationId);
  });
  return { state: "withdrawn" };
}
