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

/**
 * A number as CSV text: the shortest digits that read back as the same double, but never in
 * exponent notation (`5.5e-15` → `0.0000000000000055`), which not every reader accepts.
 */
export function formatNumber(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = "", head = "", tail = "", exponentText = "0"] = match;
  const digits = head + tail;
  const point = 1 + Number(exponentText);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
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
