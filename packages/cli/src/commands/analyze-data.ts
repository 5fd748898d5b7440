import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type DataColumns, parseCsv as parseStatsCsv, type StatsError } from "@maturo/stats";
import { CliError } from "../cli-error.js";

/** Parses a CSV file's text with @maturo/stats' parser; a problem names the file and line. */
export function parseCsv(text: string, file: string): { header: string[]; rows: string[][] } {
  const parsed = parseStatsCsv(text);
  if (!parsed.ok) throw new CliError("bad-csv", `${file}: ${parsed.error.message}`);
  return parsed.value;
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
