import {
  buildExportTable,
  EXPORT_FORMATS,
  ExportError,
  type ExportFile,
  exportCampaign,
  zipExportFiles,
} from "@maturo/exports";
import { z } from "zod";
import { AppError } from "../errors.js";
import { audit } from "../services/audit.js";
import { buildExportDataset, exportBaseNameFor } from "../services/export-dataset.js";
import { researcherProcedure, router } from "../trpc.js";

const id = z.int().positive();
const locale = z.enum(["nl", "en"]).default("en");

function toBase64(content: string | Uint8Array): string {
  return typeof content === "string"
    ? Buffer.from(content, "utf8").toString("base64")
    : Buffer.from(content).toString("base64");
}

function checked<T>(make: () => T): T {
  try {
    return make();
  } catch (error) {
    // The stored data does not fit the frozen instrument: say what, not where in the code.
    if (error instanceof ExportError) throw new AppError("export.unexportable", { detail: error.message });
    throw error;
  }
}

export const exportsRouter = router({
  /**
   * A campaign's research export (DESIGN §6): CSV with codebook, SPSS syntax, an R script, a Stata
   * do-file or an XLSX workbook over the submitted responses under their pseudonyms. Every file
   * base64-encoded, and all of them in one zip. Each export is written to the audit log.
   */
  campaign: researcherProcedure
    .input(
      z.object({
        campaignId: id,
        format: z.enum(EXPORT_FORMATS),
        locale,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const dataset = await buildExportDataset(ctx.db, input.campaignId, {
        locale: input.locale,
        exportedAt: now,
      });
      const baseName = exportBaseNameFor(input.campaignId);
      const files: ExportFile[] = checked(() =>
        exportCampaign(dataset, input.format, { baseName, bom: input.format === "csv" }),
      );
      const zip = zipExportFiles(files, dataset.campaign.exportedAt);
      await audit(ctx.db, now, {
        userId: ctx.user.id,
        action: "research.export",
        campaignId: input.campaignId,
        detail: { format: input.format, locale: input.locale, respondents: dataset.rows.length },
      });
      return {
        baseName,
        respondents: dataset.rows.length,
        instrumentHash: dataset.campaign.instrumentHash,
        exportedAt: dataset.campaign.exportedAt,
        files: files.map((file) => ({
          name: file.name,
          mediaType: file.mediaType,
          base64: toBase64(file.content),
        })),
        zip: { name: `${baseName}-${input.format}.zip`, base64: toBase64(zip) },
      };
    }),

  /**
   * The export's variable names for a campaign's items and scores, so the console can write R code
   * that runs on the exported CSV (the names come from the same table the files are written from).
   */
  variables: researcherProcedure.input(z.object({ campaignId: id })).query(async ({ ctx, input }) => {
    const dataset = await buildExportDataset(ctx.db, input.campaignId, {
      locale: "en",
      exportedAt: ctx.now(),
    });
    const table = checked(() => buildExportTable(dataset));
    const baseName = exportBaseNameFor(input.campaignId);
    return {
      baseName,
      dataFile: `${baseName}.csv`,
      items: table.variables
        .filter((v) => v.kind === "answer" && v.item)
        .map((v) => ({
          itemId: v.source,
          variable: v.name,
          node: v.item?.node ?? null,
          points: v.item?.points ?? 0,
          positive: [...(v.item?.positive ?? [])],
          reverse: v.item?.reverse ?? false,
        })),
      scores: table.variables
        .filter((v) => v.kind === "score")
        .map((v) => ({ nodeId: v.node ?? v.source, variable: v.name })),
    };
  }),
});
