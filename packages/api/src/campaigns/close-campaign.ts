import type { SessionUser } from "../auth/sessions.js";
import type { Context } from "../context.js";
import { AppError } from "../errors.js";
import { findCampaign } from "../shared/campaign-access.js";
import { closeCampaign as storeClosed } from "./queries.js";

/**
 * Closes a campaign: key users their own assessment, researchers and admins their waves. `changed`
 * is false when it was closed already (nothing happens, nothing is audited).
 */
export async function closeCampaign(
  ctx: Pick<Context, "db" | "now"> & { user: SessionUser },
  campaignId: number,
): Promise<{ ok: true; changed: boolean }> {
  const campaign = await findCampaign(ctx.db, campaignId);
  const { user } = ctx;
  const mayClose =
    campaign.kind === "self"
      ? user.role === "keyuser" &&
        campaign.organisation_id !== null &&
        user.organisationIds.includes(campaign.organisation_id)
      : user.role === "researcher" || user.role === "admin";
  if (!mayClose) throw new AppError("campaign.may-not-close");
  if (campaign.status === "closed") return { ok: true, changed: false };
  await storeClosed(ctx.db, campaign.id, ctx.now().toISOString());
  return { ok: true, changed: true };
}
