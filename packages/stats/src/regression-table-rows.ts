import type { DecimalMark, RegressionTable } from "./regression-table.js";

/**
 * The table as rows of cells for a data file: a header row (an empty corner, then one column per
 * model), the table rows, then each footnote alone in a row. Labels and notes stay in the table's
 * language; the numbers in the cells get `decimalMark` — by default a point, since a data file is
 * read by other programs — also when the table was built with a decimal comma. The caller writes the
 * rows (the CLI and the API through the one CSV writer of `@maturo/exports/text`), so this package
 * stays free of dependencies and of CSV escaping.
 */
export function regressionTableRows(table: RegressionTable, decimalMark: DecimalMark = "."): string[][] {
  const from = table.decimalMark ?? ".";
  const between = from === "," ? /(\d),(\d)/g : /(\d)\.(\d)/g;
  const marked =
    from === decimalMark
      ? (cell: string): string => cell
      : (cell: string): string => cell.replace(between, `$1${decimalMark}$2`);
  return [
    ["", ...table.columns],
    ...table.rows.map((row) => [row.label, ...row.cells.map(marked)]),
    ...table.footnotes.map((note) => [note]),
  ];
}
