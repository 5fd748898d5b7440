import { z } from "zod";
import type { SessionUser } from "../auth/sessions.js";
import { AppError } from "../errors.js";
import { type CampaignRow, findCampaign, takesPart } from "../shared/campaign-access.js";
import type { Db } from "../shared/db.js";
import { id } from "../shared/inputs.js";
import { authedProcedure } from "../trpc.js";

/**
 * Who may manage invitations of (campaign, organisation): the organisation's key user when the
 * organisation takes part; researchers and admins for waves.
 */
export async function assertMayInvite(
  db: Db,
  user: SessionUser,
  campaign: CampaignRow,
  organisationId: number,
): Promise<void> {
  if (!(await takesPart(db, campaign, organisationId))) throw new AppError("invitation.not-taking-part");
  if (user.role === "keyuser" && user.organisationIds.includes(organisationId)) return;
  if ((user.role === "researcher" || user.role === "admin") && campaign.kind === "wave") return;
  throw new AppError("invitation.may-not-invite");
}

/** Invitations of one organisation in one campaign (`campaignId`, `organisationId`): the campaign on the context. */
export const invitingProcedure = authedProcedure
  .input(z.object({ campaignId: id, organisationId: id }))
  .use(async ({ ctx, input, next }) => {
    const campaign = await findCampaign(ctx.db, input.campaignId);
    await assertMayInvite(ctx.db, ctx.user, campaign, input.organisationId);
    return next({ ctx: { campaign } });
  });
