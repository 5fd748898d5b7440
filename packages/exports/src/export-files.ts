import { codebookRows, dataRows, provenanceRows } from "./codebook.js";
import { toCsv } from "./csv.js";
import type { ExportDataset } from "./dataset.js";
import { buildExportTable, type ExportCell, type ExportTable } from "./export-table.js";
import { renderRScript } from "./r-script.js";
import { renderSpssSyntax } from "./spss-syntax.js";
import { renderStataDoFile } from "./stata-do-file.js";
import { stataVariableNames } from "./variable-names.js";
import { excelSerialDate, renderXlsx, type XlsxCell } from "./xlsx.js";
import { createZip } from "./zip.js";

export type ExportFormat = "csv" | "spss" | "r" | "stata" | "xlsx";
export const EXPORT_FORMATS = [
  "csv",
  "spss",
  "r",
  "stata",
  "xlsx",
] as const satisfies readonly ExportFormat[];

/** One file of an export: write `content` as it is (text is UTF-8). */
export interface ExportFile {
  readonly name: string;
  readonly mediaType: string;
  readonly content: string | Uint8Array;
}

export interface ExportOptions {
  /** Start of every file name; default `maturo-<campaign id>` (unsafe characters become `-`). */
  readonly baseName?: string;
  /** Put a UTF-8 byte order mark before the CSV files so Excel reads them as UTF-8 (default false). */
  readonly bom?: boolean;
}

const CSV = "text/csv; charset=utf-8";

/** A file-name-safe stem: letters, digits, `.`, `_` and `-`. */
export function exportBaseName(dataset: ExportDataset, options: ExportOptions = {}): string {
  const stem = options.baseName ?? `maturo-${dataset.campaign.id}`;
  const safe = stem.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+/, "");
  return safe === "" ? "maturo-export" : safe;
}

function csvFiles(
  table: ExportTable,
  base: string,
  options: ExportOptions,
  stataNames?: readonly string[],
): ExportFile[] {
  const bom = options.bom ?? false;
  const codebook = codebookRows(table, stataNames ? { stataNames } : {});
  return [
    { name: `${base}.csv`, mediaType: CSV, content: toCsv(dataRows(table), { bom }) },
    { name: `${base}-codebook.csv`, mediaType: CSV, content: toCsv(codebook, { bom }) },
    { name: `${base}-provenance.csv`, mediaType: CSV, content: toCsv(provenanceRows(table), { bom }) },
  ];
}

/** CSV: the data, the codebook (one row per variable) and the provenance (`key,value`). */
export function exportCsv(dataset: ExportDataset, options: ExportOptions = {}): ExportFile[] {
  return csvFiles(buildExportTable(dataset), exportBaseName(dataset, options), options);
}

/** The CSV files plus a script `<base>.<extension>` that reads the data CSV and applies the dictionary. */
function withScript(
  dataset: ExportDataset,
  options: ExportOptions,
  extension: string,
  render: (table: ExportTable, options: { dataFile: string }) => string,
  stataNames?: (table: ExportTable) => readonly string[],
): ExportFile[] {
  const table = buildExportTable(dataset);
  const base = exportBaseName(dataset, options);
  return [
    ...csvFiles(table, base, options, stataNames?.(table)),
    {
      name: `${base}.${extension}`,
      mediaType: "text/plain; charset=utf-8",
      content: render(table, { dataFile: `${base}.csv` }),
    },
  ];
}

/** SPSS: the CSV files plus `<base>.sps`, which reads the data CSV and applies the dictionary. */
export function exportSpss(dataset: ExportDataset, options: ExportOptions = {}): ExportFile[] {
  return withScript(dataset, options, "sps", renderSpssSyntax);
}

/** R: the CSV files plus `<base>.R`, a base-R script that reads the data CSV with labels. */
export function exportR(dataset: ExportDataset, options: ExportOptions = {}): ExportFile[] {
  return withScript(dataset, options, "R", renderRScript);
}

/**
 * Stata: the CSV files plus `<base>.do`, a do-file that reads the data CSV and applies the
 * dictionary; the codebook gets the column `stata_variable` (Stata names have ≤ 32 characters).
 */
export function exportStata(dataset: ExportDataset, options: ExportOptions = {}): ExportFile[] {
  return withScript(dataset, options, "do", renderStataDoFile, (table) =>
    stataVariableNames(table.variables.map((variable) => variable.name)),
  );
}

function textCell(cell: ExportCell, bold = false): XlsxCell {
  if (cell === null) return null;
  if (typeof cell === "number") return { number: cell };
  return bold ? { text: cell, bold } : { text: cell };
}

/** The workbook for an export table: sheets `data`, `codebook` and `about`. */
export function renderExportXlsx(table: ExportTable, created: Date): Uint8Array {
  const header = (names: readonly ExportCell[]): XlsxCell[] => names.map((name) => textCell(name, true));
  const data: XlsxCell[][] = [header(table.variables.map((variable) => variable.name))];
  for (const row of table.rows) {
    data.push(
      row.map((cell, index): XlsxCell => {
        const kind = table.variables[index]?.kind;
        if (cell === null) return null;
        if (kind === "datetime" && typeof cell === "string") {
          return { number: excelSerialDate(new Date(`${cell.replace(" ", "T")}Z`)), format: "datetime" };
        }
        if (kind === "score" && typeof cell === "number") return { number: cell, format: "decimal2" };
        return textCell(cell);
      }),
    );
  }
  const [codebookHeader = [], ...codebookBody] = codebookRows(table);
  const [aboutHeader = [], ...aboutBody] = provenanceRows(table);
  const title = String(
    table.provenance.find((entry) => entry.key === "campaign_name")?.value ?? "Maturo export",
  );
  return renderXlsx({
    title: `Maturo: ${title}`,
    description: table.provenance.map((entry) => `${entry.key}: ${entry.value}`).join("\n"),
    created,
    sheets: [
      { name: "data", rows: data, freezeHeader: true },
      {
        name: "codebook",
        rows: [header(codebookHeader), ...codebookBody.map((row) => row.map((cell) => textCell(cell)))],
        freezeHeader: true,
      },
      {
        name: "about",
        rows: [header(aboutHeader), ...aboutBody.map((row) => row.map((cell) => textCell(cell)))],
      },
    ],
  });
}

/** XLSX: one workbook with the sheets `data`, `codebook` and `about` (provenance). */
export function exportXlsx(dataset: ExportDataset, options: ExportOptions = {}): ExportFile[] {
  const table = buildExportTable(dataset);
  return [
    {
      name: `${exportBaseName(dataset, options)}.xlsx`,
      mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      content: renderExportXlsx(table, new Date(dataset.campaign.exportedAt)),
    },
  ];
}

/** The files of one export format (what `maturo export --format` writes into `--out`). */
export function exportCampaign(
  dataset: ExportDataset,
  format: ExportFormat,
  options: ExportOptions = {},
): ExportFile[] {
  switch (format) {
    case "csv":
      return exportCsv(dataset, options);
    case "spss":
      return exportSpss(dataset, options);
    case "r":
      return exportR(dataset, options);
    case "stata":
      return exportStata(dataset, options);
    case "xlsx":
      return exportXlsx(dataset, options);
  }
}

/** Several export files as one zip download, dated with the export date. */
export function zipExportFiles(files: readonly ExportFile[], exportedAt: string): Uint8Array {
  return createZip(files, new Date(exportedAt));
}
