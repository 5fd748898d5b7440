import { z } from "zod";
import { audited } from "../procedures/audited.js";
import { organisationProcedure } from "../procedures/organisation.js";
import { withDerivedStatus } from "../shared/campaign-status.js";
import { id, isoDateTime } from "../shared/inputs.js";
import { authedProcedure, researcherProcedure, router } from "../trpc.js";
import { closeCampaign } from "./close-campaign.js";
import { campaignsOfOrganisation, waves } from "./queries.js";
import { createWave, startSelfAssessment } from "./start-campaign.js";

const name = z.string().trim().min(2).max(200);

export const campaignsRouter = router({
  /** The campaigns an organisation takes part in: its own assessments and researchers' waves. */
  forOrganisation: organisationProcedure.query(async ({ ctx: { db, now }, input }) =>
    withDerivedStatus(await campaignsOfOrganisation(db, input.organisationId), now()),
  ),

  /** A key user starts the organisation's own assessment from a published instrument version. */
  startSelf: organisationProcedure
    .input(z.object({ versionId: id, name, closesAt: isoDateTime.optional() }))
    .use(
      audited("campaign.start", (input: { organisationId: number }, output: { id: number }) => ({
        campaignId: output.id,
        organisationId: input.organisationId,
      })),
    )
    .mutation(({ ctx, input }) => startSelfAssessment(ctx, input)),

  /** Closes a campaign: key users their own assessment, researchers their waves. */
  close: authedProcedure
    .input(z.object({ campaignId: id }))
    .use(
      audited("campaign.close", (input: { campaignId: number }, output: { changed: boolean }) =>
        output.changed ? { campaignId: input.campaignId } : null,
      ),
    )
    .mutation(({ ctx, input }) => closeCampaign(ctx, input.campaignId)),

  /** Researchers: every wave with its population size. */
  waves: researcherProcedure.query(async ({ ctx: { db, now } }) => withDerivedStatus(await waves(db), now())),

  /** A researcher's wave over a population (all organisations, or the listed ones). */
  createWave: researcherProcedure
    .input(
      z.object({
        name,
        versionId: id,
        opensAt: isoDateTime.optional(),
        closesAt: isoDateTime.optional(),
        population: z.union([z.literal("all"), z.array(id).min(1)]),
      }),
    )
    .use(
      audited("campaign.create-wave", (_input: unknown, output: { id: number; population: number }) => ({
        campaignId: output.id,
        detail: { population: output.population },
      })),
    )
    .mutation(({ ctx, input }) => createWave(ctx, input)),
});
