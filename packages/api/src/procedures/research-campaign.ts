import { z } from "zod";
import { findCampaign } from "../shared/campaign-access.js";
import { id } from "../shared/inputs.js";
import { loadInstrumentVersion } from "../shared/instrument-version.js";
import { researcherProcedure } from "../trpc.js";

/** A researcher's view of one campaign (`campaignId`): the campaign and its pinned instrument version on the context. */
export const researchCampaignProcedure = researcherProcedure
  .input(z.object({ campaignId: id }))
  .use(async ({ ctx, input, next }) => {
    const campaign = await findCampaign(ctx.db, input.campaignId);
    const instrument = await loadInstrumentVersion(ctx.db, campaign.instrument_version_id);
    return next({ ctx: { campaign, instrument } });
  });
