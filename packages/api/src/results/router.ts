import { z } from "zod";
import { organisationProcedure } from "../procedures/organisation.js";
import { organisationCampaignProcedure } from "../procedures/organisation-campaign.js";
import { id } from "../shared/inputs.js";
import { router } from "../trpc.js";
import { overview } from "./overview.js";
import { trend } from "./trend.js";
import { weightingInput } from "./weighting.js";

export const resultsRouter = router({
  /** The results dashboard of one organisation in one campaign, through the disclosure module. */
  overview: organisationCampaignProcedure
    .input(z.object({ weighting: weightingInput }))
    .query(({ ctx: { db, campaign, instrument, locale, now }, input }) =>
      overview(db, {
        campaign,
        instrument,
        organisationId: input.organisationId,
        weighting: input.weighting,
        locale,
        now,
      }),
    ),

  /** Scores over the campaigns the organisation took part in; with `untilCampaignId`, only up to that one. */
  trend: organisationProcedure
    .input(z.object({ weighting: weightingInput, untilCampaignId: id.optional() }))
    .query(({ ctx: { db, now }, input }) => trend(db, { ...input, now: now() })),
});
