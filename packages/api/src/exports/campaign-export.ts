import {
  buildExportTable,
  ExportError,
  type ExportFile,
  type ExportFormat,
  exportCampaign,
  zipExportFiles,
} from "@maturo/exports";
import type { Context } from "../context.js";
import { AppError } from "../errors.js";
import type { Locale } from "../messages/localized.js";
import { buildExportDataset, exportBaseNameFor } from "./export-dataset.js";
import { mayExportIdentified } from "./queries.js";

export interface EncodedFile {
  name: string;
  mediaType: string;
  base64: string;
}

function toBase64(content: string | Uint8Array): string {
  return (typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content)).toString(
    "base64",
  );
}

/** Runs an export step; stored data that does not fit the frozen instrument is said as what, not where in the code. */
function checked<T>(make: () => T): T {
  try {
    return make();
  } catch (error) {
    if (error instanceof ExportError) throw new AppError("export.unexportable", { detail: error.message });
    throw error;
  }
}

/**
 * A campaign's research export: the files of one format over the submitted responses under their
 * pseudonyms, each base64-encoded, and all of them in one zip. Identified (organisation names and
 * codes) only for a user the admin allowed it.
 */
export async function exportCampaignFiles(
  ctx: Pick<Context, "db" | "now"> & { user: { id: number } },
  input: {
    campaignId: number;
    format: ExportFormat;
    locale: Locale;
    identified?: { purpose: string } | undefined;
  },
): Promise<{
  baseName: string;
  respondents: number;
  instrumentHash: string;
  exportedAt: string;
  files: EncodedFile[];
  zip: { name: string; base64: string };
}> {
  const identified = input.identified !== undefined;
  if (identified && !(await mayExportIdentified(ctx.db, ctx.user.id)))
    throw new AppError("export.identified-not-allowed");
  const dataset = await buildExportDataset(ctx.db, input.campaignId, {
    locale: input.locale,
    exportedAt: ctx.now(),
    identified,
  });
  const baseName = exportBaseNameFor(input.campaignId);
  const files: ExportFile[] = checked(() =>
    exportCampaign(dataset, input.format, { baseName, bom: input.format === "csv" }),
  );
  const zip = zipExportFiles(files, dataset.campaign.exportedAt);
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
}

export interface ExportVariables {
  baseName: string;
  dataFile: string;
  items: {
    itemId: string;
    variable: string;
    node: string | null;
    points: number;
    positive: number[];
    reverse: boolean;
  }[];
  scores: { nodeId: string; variable: string }[];
}

/**
 * The export's variable names for a campaign's items and scores, so the console can write R code
 * that runs on the exported CSV (the names come from the same table the files are written from).
 */
export async function exportVariables(
  ctx: Pick<Context, "db" | "now">,
  campaignId: number,
): Promise<ExportVariables> {
  const dataset = await buildExportDataset(ctx.db, campaignId, { locale: "en", exportedAt: ctx.now() });
  const table = checked(() => buildExportTable(dataset));
  const baseName = exportBaseNameFor(campaignId);
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
}
