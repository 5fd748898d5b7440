import { EXPORT_FORMATS } from "@maturo/exports";
import { z } from "zod";
import { audited } from "../procedures/audited.js";
import { id, locale } from "../shared/inputs.js";
import { researcherProcedure, router } from "../trpc.js";
import { exportCampaignFiles, exportVariables } from "./campaign-export.js";

const campaignExport = z.object({
  campaignId: id,
  format: z.enum(EXPORT_FORMATS),
  locale: locale.default("en"),
  /** Organisation names and codes: only with the admin's permission and a stated purpose. */
  identified: z.object({ purpose: z.string().trim().min(10).max(2000) }).optional(),
});

export const exportsRouter = router({
  /**
   * A campaign's research export (docs/architecture.md, "Privacy"): CSV with codebook, SPSS syntax,
   * an R script, a Stata do-file or an XLSX workbook over the submitted responses under their
   * pseudonyms. Every file base64-encoded, and all of them in one zip. Each export is audited.
   * Pseudonymised unless `identified` is given (with its purpose, written to the audit row) by a
   * user the admin allowed identified exports.
   */
  campaign: researcherProcedure
    .input(campaignExport)
    .use(
      audited(
        "research.export",
        (input: z.infer<typeof campaignExport>, output: { respondents: number }) => ({
          campaignId: input.campaignId,
          detail: {
            format: input.format,
            locale: input.locale,
            respondents: output.respondents,
            identified: input.identified !== undefined,
            ...(input.identified ? { purpose: input.identified.purpose } : {}),
          },
        }),
      ),
    )
    .mutation(({ ctx, input }) => exportCampaignFiles(ctx, input)),

  /** The export's variable names for a campaign's items and scores (for R code that runs on the CSV). */
  variables: researcherProcedure
    .input(z.object({ campaignId: id }))
    .query(({ ctx, input }) => exportVariables(ctx, input.campaignId)),
});
