import type { Context } from "../context.js";
import { AppError } from "../errors.js";
import type { CampaignRow } from "../shared/campaign-access.js";
import { deleteResponseInProgress, invitationOf, markRevoked } from "./queries.js";

/**
 * Revokes one invitation (docs/decisions.md, "Invitation register (issue 15)"): its link no longer
 * answers. Submitted answers stay, so no figure changes; answers in progress are deleted — they were
 * never in a figure and can no longer be submitted. The invitation keeps its status, so the counts
 * the key user sees do not move and do not tell whether its respondent had started or submitted; the
 * answer is the same whatever the respondent did. Revoking twice keeps the first time.
 */
export async function revokeInvitation(
  ctx: Pick<Context, "db" | "now"> & { campaign: CampaignRow },
  input: { organisationId: number; invitationId: number },
): Promise<{ revokedAt: string }> {
  return ctx.db.transaction().execute(async (trx) => {
    const invitation = await invitationOf(trx, ctx.campaign.id, input.organisationId, input.invitationId);
    if (!invitation) throw new AppError("invitation.unknown");
    if (invitation.revoked_at !== null) return { revokedAt: invitation.revoked_at };
    const at = ctx.now().toISOString();
    await markRevoked(trx, invitation.id, at);
    if (invitation.responseId !== null) await deleteResponseInProgress(trx, invitation.responseId);
    return { revokedAt: at };
  });
}
