import { buildReport, type ReferenceSource, reportContext } from "@maturo/report";
import { renderReportPdf } from "@maturo/report-pdf";
import { z } from "zod";
import type { Context } from "../context.js";
import { audited } from "../procedures/audited.js";
import { organisationCampaignProcedure } from "../procedures/organisation-campaign.js";
import { rateLimitedPerUser } from "../procedures/rate-limited.js";
import { overview } from "../results/overview.js";
import { trend } from "../results/trend.js";
import { weightingInput } from "../results/weighting.js";
import type { CampaignRow } from "../shared/campaign-access.js";
import { locale } from "../shared/inputs.js";
import type { LoadedInstrumentVersion } from "../shared/instrument-version.js";
import { router } from "../trpc.js";
import { referenceSource } from "./reference-source.js";
import { loadReportSource } from "./report-source.js";

const weighting = z.object({ weighting: weightingInput });

/** PDFs a user may have made per minute: each takes the server a few hundred milliseconds. */
const PDF_RULE = { limit: 10, windowSeconds: 60 };

/** The reference wave's figures and drivers, read only when the organisation's results are shown. */
function shownReference(
  ctx: Pick<Context, "db" | "now"> & { campaign: CampaignRow; instrument: LoadedInstrumentVersion },
  organisationId: number,
  shown: { status: "shown" | "withheld" },
): Promise<ReferenceSource | null> {
  if (shown.status !== "shown") return Promise.resolve(null);
  const { db, campaign, instrument } = ctx;
  return referenceSource(db, { campaign, instrument, organisationId, now: ctx.now() });
}

export const reportRouter = router({
  /**
   * What goes with results.overview on the dashboard: the organisation, item texts, lens labels and
   * recommendations tied to the organisation's weakest categories and the seed's key takeaways.
   */
  context: organisationCampaignProcedure.input(weighting).query(async ({ ctx, input }) => {
    const { db, campaign } = ctx;
    // The overview applies the minimum group rule; recommendations only read what it shows.
    const shown = await overview(db, { ...ctx, ...input });
    return {
      ...reportContext({ ...(await loadReportSource(db, campaign, input.organisationId)), overview: shown }),
      reference: await shownReference(ctx, input.organisationId, shown),
    };
  }),

  /**
   * The results report as a PDF (base64), made on the server without a browser, with the same
   * content and the same minimum group rule as the dashboard.
   */
  pdf: organisationCampaignProcedure
    .input(weighting.extend({ locale, scope: z.enum(["all", "province", "sizeClass"]).default("all") }))
    .use(rateLimitedPerUser("report.pdf", PDF_RULE, "report.too-many-pdfs"))
    .use(
      audited("report.pdf", (input: { campaignId: number; organisationId: number }) => ({
        campaignId: input.campaignId,
        organisationId: input.organisationId,
      })),
    )
    .query(async ({ ctx, input }) => {
      const { campaign, db } = ctx;
      const shown = await overview(db, { ...ctx, ...input });
      const history = await trend(db, { ...input, untilCampaignId: campaign.id, now: ctx.now() });
      const source = await loadReportSource(db, campaign, input.organisationId);
      const context = {
        ...reportContext({ ...source, overview: shown }),
        reference: await shownReference(ctx, input.organisationId, shown),
      };
      const pdf = await renderReportPdf(
        buildReport({ overview: shown, trend: history, context, scope: input.scope }),
        {
          locale: input.locale,
          createdAt: ctx.now(),
        },
      );
      const slug = context.organisation.code.replace(/[^A-Za-z0-9-]+/g, "-");
      return {
        filename: `maturo-${slug}-${campaign.id}.pdf`,
        contentType: "application/pdf",
        base64: pdf.toString("base64"),
      };
    }),
});
