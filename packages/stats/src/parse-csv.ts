import { type CsvDelimiter, readCsvColumns } from "./read-csv.js";
import { ok, type StatsResult } from "./stats-error.js";

export interface CsvTable {
  /** Header names, trimmed. */
  readonly header: string[];
  /** Data rows, each as long as the header. */
  readonly rows: string[][];
  /** The 1-based line of the file each data row starts on (for messages naming a line). */
  readonly lines: number[];
  /** The delimiter found on the header line. */
  readonly delimiter: CsvDelimiter;
}

/**
 * CSV text as rows of text cells, read by `readCsvColumns` (the one CSV reader): delimiter `,`,
 * `;` or tab detected from the header line, a decimal comma in an unquoted number read as a point
 * when the delimiter is `;`, quoted fields, CRLF or LF, optional BOM, blank lines skipped. A row
 * with another number of fields than the header, a duplicated header name or an unterminated quote
 * is a BAD_CSV error naming the row and line.
 */
export function parseCsv(text: string): StatsResult<CsvTable> {
  const read = readCsvColumns([new TextEncoder().encode(text)], { allText: true });
  if (!read.ok) return read;
  const { header, text: columns, rowCount, lines, delimiter } = read.value;
  const cells = header.map((name) => columns[name] as string[]);
  const rows = Array.from({ length: rowCount }, (_, i) => cells.map((column) => column[i] as string));
  return ok({ header: [...header], rows, lines: Array.from(lines), delimiter });
}
