import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { DataColumns, StatsError } from "@maturo/stats";
import { CliError } from "../cli-error.js";

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, optional BOM) into rows.
 * A row with a different number of fields than the header is an error naming its line.
 */
export function parseCsv(text: string, file: string): { header: string[]; rows: string[][] } {
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
  if (quoted) throw new CliError("bad-csv", `${file}: line ${recordLine}: unterminated quoted field`);
  if (fieldStarted || fields.length > 0) {
    fields.push(field);
    records.push({ fields, line: recordLine });
  }
  const nonEmpty = records.filter((r) => !(r.fields.length === 1 && r.fields[0] === ""));
  const headerRecord = nonEmpty[0];
  if (headerRecord === undefined)
    throw new CliError("bad-csv", `${file}: the file is empty (a header row is needed)`);
  const header = headerRecord.fields.map((h) => h.trim());
  const duplicate = header.find((h, i) => header.indexOf(h) !== i);
  if (duplicate !== undefined)
    throw new CliError("bad-csv", `${file}: column "${duplicate}" appears twice in the header`);
  const rows: string[][] = [];
  for (const record of nonEmpty.slice(1)) {
    if (record.fields.length !== header.length) {
      throw new CliError(
        "bad-csv",
        `${file}: line ${record.line}: ${record.fields.length} fields where the header has ${header.length}`,
      );
    }
    rows.push(record.fields);
  }
  return { header, rows };
}

/** Reads a CSV file into columns of text cells (parsed strictly later by @maturo/stats). */
export function readCsvColumns(
  path: string,
  cwd: string,
): { data: DataColumns; columns: string[]; file: string } {
  const full = resolve(cwd, path);
  let text: string;
  try {
    text = readFileSync(full, "utf8");
  } catch {
    throw new CliError("no-data", `--data: cannot read "${path}"`);
  }
  const { header, rows } = parseCsv(text, path);
  const data: Record<string, string[]> = {};
  header.forEach((name, j) => {
    data[name] = rows.map((r) => r[j] ?? "");
  });
  return { data, columns: header, file: path };
}

/** Splits `A,B , C` (and repeated options) into names, dropping empties. */
export function splitList(values: readonly string[] | string | undefined): string[] {
  const list = values === undefined ? [] : typeof values === "string" ? [values] : values;
  return list
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

/** Every name that is not a column of the file, reported together. */
export function checkKnownColumns(file: string, columns: readonly string[], names: readonly string[]): void {
  const unknown = [...new Set(names.filter((n) => !columns.includes(n)))];
  if (unknown.length > 0) {
    throw new CliError(
      "unknown-column",
      `${file}: unknown column${unknown.length > 1 ? "s" : ""} ${unknown.map((u) => `"${u}"`).join(", ")} (columns: ${columns.join(", ")})`,
    );
  }
}

/** A stats error as a CLI error: the file, the row (with its line in the file) and the column. */
export function statsFailure(file: string, error: StatsError): CliError {
  const message =
    error.row === undefined
      ? error.message
      : error.message.replace(`row ${error.row},`, `row ${error.row} (line ${error.row + 1}),`);
  return new CliError(error.code.toLowerCase().replace(/_/g, "-"), `${file}: ${message}`);
}
