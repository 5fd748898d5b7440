import { needsFormulaEscape } from "./csv.js";
import type { ExportTable, ExportVariable } from "./export-table.js";

/**
 * The lines of an SPSS or Stata script (both take `*` comments) that strip the leading `'` which
 * `escapeFormula` put before some text cells: one `undo` line per text variable that holds such a
 * cell, nothing when none does.
 */
export function formulaEscapeUndoLines(
  table: ExportTable,
  undo: (variable: ExportVariable, index: number) => string,
): string[] {
  const escaped = table.variables.flatMap((variable, index) =>
    variable.kind === "text" &&
    table.rows.some((row) => {
      const cell = row[index];
      return typeof cell === "string" && needsFormulaEscape(cell);
    })
      ? [undo(variable, index)]
      : [],
  );
  if (escaped.length === 0) return [];
  return [
    "* Undo the leading quote that protects text from running as a spreadsheet formula.",
    ...escaped,
    "",
  ];
}
