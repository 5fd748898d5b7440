import type { RegressionTable } from "./regression-table.js";

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: text that a spreadsheet would run as a formula (starting with = + - @, tab or
 * carriage return) gets a leading single quote; plain numbers such as -0.12 stay numbers.
 */
export function csvField(text: string): string {
  const safe = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * RFC 4180 CSV (CRLF line ends): a header row, the table rows, then each footnote in the first column.
 * Labels and notes are written in the table's language, but numbers always get a decimal point (a CSV
 * file is data for other programs), also when the table was built with a decimal comma.
 */
export function renderCsv(table: RegressionTable): string {
  const pointed =
    table.decimalMark === ","
      ? (cell: string): string => cell.replace(/(\d),(\d)/g, "$1.$2")
      : (cell: string): string => cell;
  const lines: string[] = [];
  lines.push(["", ...table.columns].map(csvField).join(","));
  for (const row of table.rows) {
    lines.push([row.label, ...row.cells.map(pointed)].map(csvField).join(","));
  }
  for (const note of table.footnotes) lines.push(csvField(note));
  return `${lines.join("\r\n")}\r\n`;
}
