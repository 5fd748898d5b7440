import { z } from "zod";
import { AppError } from "../errors.js";
import { audit } from "../services/audit.js";
import { findCampaign, takesPart } from "../services/campaign-access.js";
import { reportContext } from "../services/report-content.js";
import { renderReportPdf } from "../services/report-pdf.js";
import { resultsCaller } from "../services/report-results.js";
import { assertOrganisationAccess, keyUserProcedure, router } from "../trpc.js";
import { weightingInput } from "./results.js";

const id = z.int().positive();
const target = z.object({
  organisationId: id,
  campaignId: id,
  weighting: weightingInput,
});

export const reportRouter = router({
  /**
   * What goes with results.overview on the dashboard: the organisation, item texts, lens labels and
   * recommendations tied to the organisation's weakest categories and the seed's key takeaways.
   */
  context: keyUserProcedure.input(target).query(async ({ ctx, input }) => {
    assertOrganisationAccess(ctx.user, input.organisationId);
    const campaign = await findCampaign(ctx.db, input.campaignId);
    if (!(await takesPart(ctx.db, campaign, input.organisationId))) throw new AppError("campaign.no-results");
    // The overview applies the minimum group rule; recommendations only read what it shows.
    const overview = await resultsCaller(ctx).overview(input);
    return reportContext(ctx.db, campaign, input.organisationId, overview);
  }),

  /**
   * The results report as a PDF (base64), made on the server without a browser, with the same
   * content and the same minimum group rule as the dashboard.
   */
  pdf: keyUserProcedure
    .input(
      target.extend({
        locale: z.enum(["nl", "en"]),
        scope: z.enum(["all", "province", "sizeClass"]).default("all"),
      }),
    )
    .query(async ({ ctx, input }) => {
      assertOrganisationAccess(ctx.user, input.organisationId);
      const campaign = await findCampaign(ctx.db, input.campaignId);
      if (!(await takesPart(ctx.db, campaign, input.organisationId)))
        throw new AppError("campaign.no-results");
      const caller = resultsCaller(ctx);
      const { locale, scope, ...which } = input;
      const overview = await caller.overview(which);
      const trend = await caller.trend({
        organisationId: input.organisationId,
        weighting: input.weighting,
        untilCampaignId: input.campaignId,
      });
      const context = await reportContext(ctx.db, campaign, input.organisationId, overview);
      const pdf = renderReportPdf({ overview, trend, context, locale, scope, createdAt: ctx.now() });
      await audit(ctx.db, ctx.now(), {
        userId: ctx.user.id,
        action: "report.pdf",
        campaignId: campaign.id,
        organisationId: input.organisationId,
      });
      const slug = context.organisation.code.replace(/[^A-Za-z0-9-]+/g, "-");
      return {
        filename: `maturo-${slug}-${campaign.id}.pdf`,
        contentType: "application/pdf",
        base64: pdf.toString("base64"),
      };
    }),
});
