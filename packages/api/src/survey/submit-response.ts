import type { Context } from "../context.js";
import { AppError } from "../errors.js";
import { loadInstrumentVersion } from "../shared/instrument-version.js";
import { storeRespondentScores } from "../shared/respondent-scores.js";
import { assertAnswerable, findInvitationByToken } from "./link-state.js";
import { deleteResponse, markSubmitted, readAnswers, setInvitationStatus } from "./queries.js";

/** Submits: scores are computed once, by @maturo/scoring, and stored with the response. */
export async function submitResponse(
  ctx: Pick<Context, "db" | "secret" | "now">,
  token: string,
): Promise<{ state: "submitted" }> {
  const now = ctx.now();
  const invitation = await findInvitationByToken(ctx.db, ctx.secret, token);
  assertAnswerable(invitation, now);
  const responseId = invitation.responseId;
  if (responseId === null) throw new AppError("survey.nothing-to-submit");
  const version = await loadInstrumentVersion(ctx.db, invitation.instrumentVersionId);
  const answers = await readAnswers(ctx.db, responseId);
  await ctx.db.transaction().execute(async (trx) => {
    await storeRespondentScores(trx, version.compiled, {
      responseId,
      campaignId: invitation.campaignId,
      organisationId: invitation.organisationId,
      role: invitation.role,
      answers,
    });
    await markSubmitted(trx, responseId, now.toISOString());
    await setInvitationStatus(trx, invitation.invitationId, "submitted");
  });
  return { state: "submitted" };
}

/** Withdraws: the answers and scores are deleted; the link then says so. */
export async function withdrawResponse(
  ctx: Pick<Context, "db" | "secret">,
  token: string,
): Promise<{ state: "withdrawn" }> {
  const invitation = await findInvitationByToken(ctx.db, ctx.secret, token);
  if (invitation.invitationStatus === "withdrawn") return { state: "withdrawn" };
  await ctx.db.transaction().execute(async (trx) => {
    if (invitation.responseId !== null) await deleteResponse(trx, invitation.responseId);
    await setInvitationStatus(trx, invitation.invitationId, "withdrawn");
  });
  return { state: "withdrawn" };
}
