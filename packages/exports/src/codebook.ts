import type { ExportCell, ExportTable, ExportVariable, VariableKind } from "./export-table.js";

/** Columns of the codebook, in order. */
export const CODEBOOK_COLUMNS = [
  "variable",
  "label",
  "type",
  "measure",
  "values",
  "missing",
  "source",
  "node",
  "scale",
  "reverse",
  "roles",
  "asked_if",
  "tags",
] as const;

/** The storage type a codebook reports per kind of variable. */
const STORAGE_TYPE: Readonly<Record<VariableKind, string>> = {
  text: "string",
  datetime: "datetime",
  answer: "integer",
  score: "numeric",
};

/** The storage type a codebook reports: string, datetime, integer or numeric. */
export function variableType(variable: ExportVariable): string {
  return STORAGE_TYPE[variable.kind];
}

function valuesText(variable: ExportVariable): string {
  if (variable.kind === "score") return "0-100";
  if (variable.kind === "datetime") return "YYYY-MM-DD HH:MM:SS (UTC)";
  return variable.valueLabels.map((entry) => `${entry.value} = ${entry.label}`).join("; ");
}

function missingText(variable: ExportVariable): string {
  if (variable.kind === "answer") {
    return variable.missing.map((entry) => `${entry.label} (${entry.code})`).join("; ");
  }
  if (variable.kind === "score") return "empty = missing or not applicable";
  return "empty = unknown";
}

export interface CodebookOptions {
  /**
   * Stata's name of each variable, in column order: adds the last column `stata_variable` (the
   * Stata export, whose names are at most 32 characters).
   */
  readonly stataNames?: readonly string[];
}

/** One codebook row per variable, as cells (header first). */
export function codebookRows(table: ExportTable, options: CodebookOptions = {}): ExportCell[][] {
  const stata = options.stataNames;
  const rows: ExportCell[][] = [[...CODEBOOK_COLUMNS, ...(stata ? ["stata_variable"] : [])]];
  for (const [index, variable] of table.variables.entries()) {
    const item = variable.item;
    rows.push([
      variable.name,
      variable.label,
      variableType(variable),
      variable.measure,
      valuesText(variable),
      missingText(variable),
      variable.source,
      variable.node,
      item ? `${item.plugin}/${item.scale}` : null,
      item ? (item.reverse ? "yes" : "no") : null,
      item ? item.roles.join(" ") : null,
      item?.showIf ? `${item.showIf.item} in ${item.showIf.in.join(" ")}` : null,
      item && item.tags.length > 0 ? item.tags.join(" ") : null,
      ...(stata ? [stata[index] ?? null] : []),
    ]);
  }
  return rows;
}

/** The provenance as `key,value` rows (header first). */
export function provenanceRows(table: ExportTable): ExportCell[][] {
  return [["key", "value"], ...table.provenance.map((entry) => [entry.key, entry.value])];
}

/** The data as rows of cells: the variable names, then one row per respondent. */
export function dataRows(table: ExportTable): ExportCell[][] {
  return [table.variables.map((variable) => variable.name), ...table.rows.map((row) => [...row])];
}
