import type { ExportCell } from "./export-table.js";

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Leading characters a spreadsheet may run as a formula, plus the quote used to escape them. */
const NEEDS_QUOTE_PREFIX = /^[=+\-@\t\r']/;

/**
 * Text a spreadsheet could run as a formula (starting with = + - @, tab or carriage return) gets a
 * leading `'`; so does text already starting with `'`, which makes the escape reversible: strip one
 * leading `'` to get the original back (the SPSS syntax and R script do exactly that). Text that is
 * a plain number, such as the code `-12`, is left alone.
 */
export function escapeFormula(text: string): string {
  return NEEDS_QUOTE_PREFIX.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** Whether `escapeFormula` changes this text. */
export function needsFormulaEscape(text: string): boolean {
  return escapeFormula(text) !== text;
}

/** A number as CSV text: never in exponent notation, which not every reader accepts. */
export function formatNumber(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value
    .toFixed(20)
    .replace(/(\.\d*?)0+$/, "$1")
    .replace(/\.$/, "");
}

/** One RFC 4180 field: numbers as numbers, text escaped against formulas, quoted when needed. */
export function csvField(cell: ExportCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return formatNumber(cell);
  const safe = escapeFormula(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark so Excel opens the file as UTF-8 (default false). */
  readonly bom?: boolean;
}

/** RFC 4180 CSV with CRLF line ends (and a final CRLF). */
export function toCsv(rows: readonly (readonly ExportCell[])[], options: CsvOptions = {}): string {
  const body = rows.map((row) => row.map(csvField).join(",")).join("\r\n");
  return `${options.bom ? "\uFEFF" : ""}${body}\r\n`;
}
