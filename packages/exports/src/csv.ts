/**
 * The one CSV writer of Maturo (research exports, the CLI, the portal and the console). Browser-safe:
 * no Node built-ins, no dependencies. The rule is recorded in docs/decisions.md, "CSV: one writer, one
 * rule".
 */

/** A cell: text, a number (written as a number, never escaped), or empty. */
export type CsvCell = string | number | null;

export interface CsvDialect {
  /** Between fields: `,` for data files and English spreadsheets, `;` for Dutch ones. */
  readonly separator: "," | ";";
  /** The decimal mark of number cells. */
  readonly decimalMark: "." | ",";
  /** Start with a UTF-8 byte order mark, so Excel reads the file as UTF-8. */
  readonly bom: boolean;
}

/** What SPSS, R, Stata and other programs read: `,`, decimal points, no byte order mark. */
export const DATA_CSV: CsvDialect = { separator: ",", decimalMark: ".", bom: false };

/**
 * What a spreadsheet program opens in the reader's language: Dutch Excel splits on `;` and reads
 * decimal commas; English Excel on `,` with decimal points. Both need the BOM to read accents.
 */
export const SPREADSHEET_CSV: Readonly<Record<"nl" | "en", CsvDialect>> = {
  nl: { separator: ";", decimalMark: ",", bom: true },
  en: { separator: ",", decimalMark: ".", bom: true },
};

/** The spreadsheet dialect for a locale such as `nl`, `nl-BE` or `en` (English unless Dutch). */
export function spreadsheetCsv(locale: string): CsvDialect {
  return /^nl(?:[-_]|$)/i.test(locale) ? SPREADSHEET_CSV.nl : SPREADSHEET_CSV.en;
}

/** A number as a spreadsheet or statistics program reads it: sign, digits, one decimal mark, exponent. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;
/** Leading characters a spreadsheet may run as a formula (OWASP), plus the quote used to escape them. */
const NEEDS_QUOTE_PREFIX = /^[=+\-@\t\r']/;

/**
 * Text a spreadsheet could run as a formula (starting with = + - @, tab or carriage return) gets a
 * leading `'`; so does text already starting with `'`, which makes the escape reversible: strip one
 * leading `'` to get the original back (the SPSS syntax, R script and Stata do-file do exactly that).
 * Text that is a plain number, such as the code `-12` or `+1.5`, is a number to every reader, never a
 * formula, and is left alone.
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

/**
 * One RFC 4180 field: a finite number in the dialect's decimal notation, NaN and ±Infinity empty (no
 * reader agrees on them; NaN is missing in @maturo/stats too), text escaped against formulas, and
 * quoted when it holds the separator, a double quote or a line break.
 */
export function csvField(cell: CsvCell, dialect: CsvDialect = DATA_CSV): string {
  if (cell === null) return "";
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return "";
    const text = formatNumber(cell);
    return dialect.decimalMark === "." ? text : text.replace(".", dialect.decimalMark);
  }
  const safe = escapeFormula(cell);
  const special = dialect.separator === ";" ? /[";\r\n]/ : /[",\r\n]/;
  return special.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Dialect settings; what is not given comes from `DATA_CSV`. */
export type CsvOptions = Partial<CsvDialect>;

/** CSV with CRLF line ends (and a final CRLF), in the data dialect unless told otherwise. */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const dialect: CsvDialect = { ...DATA_CSV, ...options };
  const body = rows
    .map((row) => row.map((cell) => csvField(cell, dialect)).join(dialect.separator))
    .join("\r\n");
  return `${dialect.bom ? "\uFEFF" : ""}${body}\r\n`;
}
