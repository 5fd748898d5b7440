import { fail, ok, type StatsResult } from "./stats-error.js";

export interface CsvTable {
  /** Header names, trimmed. */
  readonly header: string[];
  /** Data rows, each as long as the header. */
  readonly rows: string[][];
  /** The 1-based line of the file each data row starts on (for messages naming a line). */
  readonly lines: number[];
}

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, optional BOM) with a header row.
 * Blank lines are skipped. A row with another number of fields than the header, a duplicated
 * header name or an unterminated quote is a BAD_CSV error naming the line.
 */
export function parseCsv(text: string): StatsResult<CsvTable> {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (quoted) {
      if (c === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === "\n") line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (c === ",") {
      fields.push(field);
      field = "";
      fieldStarted = false;
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && source[i + 1] === "\n") i++;
      fields.push(field);
      records.push({ fields, line: recordLine });
      fields = [];
      field = "";
      fieldStarted = false;
      line++;
      recordLine = line;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (quoted) return fail({ code: "BAD_CSV", message: `line ${recordLine}: unterminated quoted field` });
  if (fieldStarted || fields.length > 0) {
    fields.push(field);
    records.push({ fields, line: recordLine });
  }
  const nonEmpty = records.filter((r) => !(r.fields.length === 1 && r.fields[0] === ""));
  const headerRecord = nonEmpty[0];
  if (headerRecord === undefined)
    return fail({ code: "BAD_CSV", message: "the file is empty (a header row is needed)" });
  const header = headerRecord.fields.map((h) => h.trim());
  const duplicate = header.find((h, i) => header.indexOf(h) !== i);
  if (duplicate !== undefined) {
    return fail({
      code: "BAD_CSV",
      message: `column "${duplicate}" appears twice in the header`,
      column: duplicate,
    });
  }
  const rows: string[][] = [];
  const lines: number[] = [];
  for (const record of nonEmpty.slice(1)) {
    if (record.fields.length !== header.length) {
      return fail({
        code: "BAD_CSV",
        message: `line ${record.line}: ${record.fields.length} fields where the header has ${header.length}`,
        row: rows.length + 1,
      });
    }
    rows.push(record.fields);
    lines.push(record.line);
  }
  return ok({ header, rows, lines });
}
