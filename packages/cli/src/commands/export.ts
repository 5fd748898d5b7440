import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { AppError, buildExportDataset, exportBaseNameFor } from "@maturo/api";
import { openDatabase } from "@maturo/db";
import { EXPORT_FORMATS, ExportError, type ExportFormat, exportCampaign } from "@maturo/exports";
import { CliError } from "../cli-error.js";
import { defineCommand } from "../command.js";
import { databaseConfig, databaseOptions } from "./database-options.js";

function parseExportFormat(value: string | undefined): ExportFormat {
  if (value === undefined)
    throw new CliError("missing-option", `--format is required (${EXPORT_FORMATS.join("|")})`);
  const format = EXPORT_FORMATS.find((f) => f === value);
  if (!format) throw new CliError("usage", `--format: "${value}" is not one of ${EXPORT_FORMATS.join(", ")}`);
  return format;
}

export const exportCommand = defineCommand({
  name: "export",
  summary: "a campaign's responses with codebook as CSV, SPSS syntax, an R script, a Stata do-file or XLSX",
  usage: `maturo export --campaign ID --format csv|spss|r|stata|xlsx --out DIR [--locale nl|en] [--data-dir DIR] [--database-url URL]

Writes the submitted responses of campaign ID (pseudonymous ids, organisation, role, every answer
with "don't know" -8, not answered -9 and not asked -7 kept apart, and the stored scores) with a
codebook and provenance into DIR. Opens the database of DATABASE_URL, else the SQLite file in
DATA_DIR (default ./data). Labels are in --locale (default en). The export is recorded in the
audit log. Run SPSS syntax from DIR (pspp maturo-campaign-ID.sps), Rscript DIR/maturo-campaign-ID.R,
or in Stata 14+ cd to DIR and do maturo-campaign-ID.do (names over 32 characters get a Stata name,
listed in the do-file and in the codebook's stata_variable column).`,
  options: {
    campaign: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    locale: { type: "string" },
    ...databaseOptions,
  },
  async run({ values, io }) {
    const campaignId = Number(values.campaign);
    if (values.campaign === undefined) throw new CliError("missing-option", "--campaign ID is required");
    if (!Number.isInteger(campaignId) || campaignId < 1)
      throw new CliError("usage", `--campaign: "${values.campaign}" is not a campaign id`);
    const format = parseExportFormat(values.format);
    if (values.out === undefined) throw new CliError("missing-option", "--out DIR is required");
    const locale = values.locale ?? "en";
    if (locale !== "nl" && locale !== "en")
      throw new CliError("usage", `--locale: "${locale}" is not one of nl, en`);

    const handle = openDatabase(databaseConfig(values, io));
    try {
      const now = new Date();
      const dataset = await buildExportDataset(handle.db, campaignId, { locale, exportedAt: now });
      const files = exportCampaign(dataset, format, {
        baseName: exportBaseNameFor(campaignId),
        bom: format === "csv",
      });
      const out = resolve(io.cwd, values.out);
      await mkdir(out, { recursive: true });
      for (const file of files) await writeFile(join(out, file.name), file.content);
      await handle.db
        .insertInto("audit_log")
        .values({
          at: now.toISOString(),
          user_id: null,
          action: "research.export",
          campaign_id: campaignId,
          organisation_id: null,
          detail: JSON.stringify({ format, locale, respondents: dataset.rows.length, via: "cli" }),
        })
        .execute();
      io.stdout(
        `exported ${dataset.rows.length} responses of campaign ${campaignId} (${dataset.campaign.instrumentHash}) to ${out}:\n${files.map((f) => `  ${f.name}\n`).join("")}`,
      );
      return 0;
    } catch (error) {
      if (error instanceof AppError) throw new CliError("export", `--campaign: ${error.message}`);
      if (error instanceof ExportError) throw new CliError("export", error.problems);
      if (error instanceof CliError) throw error;
      throw new CliError("export", error instanceof Error ? error.message : String(error));
    } finally {
      await handle.close();
    }
  },
});
