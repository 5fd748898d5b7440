import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { resolve } from "node:path";
import {
  type CsvColumnRequest,
  type CsvColumns,
  parseCsv as parseStatsCsv,
  readCsvColumns,
  type StatsError,
} from "@maturo/stats";
import { CliError } from "../cli-error.js";

/** Parses a CSV file's text with @maturo/stats' reader; a problem names the file, row and line. */
export function parseCsv(text: string, file: string): { header: string[]; rows: string[][] } {
  const parsed = parseStatsCsv(text);
  if (!parsed.ok) throw new CliError("bad-csv", `${file}: ${parsed.error.message}`);
  return parsed.value;
}

/** A file's bytes in 1 MiB blocks, so a large CSV is never held as one string. */
function* fileBlocks(descriptor: number): Generator<Uint8Array> {
  while (true) {
    const block = new Uint8Array(1 << 20);
    const read = readSync(descriptor, block, 0, block.length, null);
    if (read === 0) return;
    yield read === block.length ? block : block.subarray(0, read);
  }
}

/**
 * Reads the requested columns of a CSV file (numeric ones straight into Float64Arrays, see
 * `readCsvColumns`); `option` names the command-line option in messages.
 */
export function readDataFile(
  path: string,
  cwd: string,
  request: CsvColumnRequest,
  option = "--data",
): CsvColumns & { readonly file: string } {
  let descriptor: number;
  try {
    descriptor = openSync(resolve(cwd, path), "r");
  } catch {
    throw new CliError("no-data", `${option}: cannot read "${path}"`);
  }
  try {
    const read = readCsvColumns(fileBlocks(descriptor), { ...request, sizeHint: fstatSync(descriptor).size });
    if (!read.ok) throw statsFailure(path, read.error);
    return { ...read.value, file: path };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError("no-data", `${option}: cannot read "${path}"`);
  } finally {
    closeSync(descriptor);
  }
}

/** Splits `A,B , C` (and repeated options) into names, dropping empties. */
export function splitList(values: readonly string[] | string | undefined): string[] {
  const list = values === undefined ? [] : typeof values === "string" ? [values] : values;
  return list
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

/**
 * A stats error as a CLI error naming the file; `lines` (each data row's line in the file) adds
 * the line to an error that names only the row.
 */
export function statsFailure(file: string, error: StatsError, lines?: ArrayLike<number>): CliError {
  const line = error.row === undefined ? undefined : lines?.[error.row - 1];
  const message =
    line === undefined || error.row === undefined
      ? error.message
      : error.message.replace(`row ${error.row},`, `row ${error.row} (line ${line}),`);
  return new CliError(error.code.toLowerCase().replace(/_/g, "-"), `${file}: ${message}`);
}
