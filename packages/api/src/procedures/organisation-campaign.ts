import { z } from "zod";
import { campaignOfOrganisation } from "../shared/campaign-access.js";
import { id } from "../shared/inputs.js";
import { loadInstrumentVersion } from "../shared/instrument-version.js";
import { organisationProcedure } from "./organisation.js";

/**
 * A key user's view of one campaign of their organisation (`organisationId`, `campaignId`): the
 * campaign is found, the organisation must take part in it (an unknown id answers the same), and the campaign's pinned instrument
 * version is loaded, once, onto the context (`campaign`, `instrument`).
 */
export const organisationCampaignProcedure = organisationProcedure
  .input(z.object({ campaignId: id }))
  .use(async ({ ctx, input, next }) => {
    const campaign = await campaignOfOrganisation(ctx.db, input.campaignId, input.organisationId);
    const instrument = await loadInstrumentVersion(ctx.db, campaign.instrument_version_id);
    return next({ ctx: { campaign, instrument } });
  });
