import { fail, ok, type StatsError, type StatsErrorCode, type StatsResult } from "./stats-error.js";

/** A cell as it comes from a parsed CSV or from code: numbers, numeric text, or missing. */
export type Cell = number | string | null | undefined;

/** Column-oriented data: every column has the same number of rows. */
export type DataColumns = Readonly<Record<string, ArrayLike<Cell>>>;

const NUMBER_PATTERN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const INFINITY_PATTERN = /^[+-]?(?:inf|infinity)$/i;

function cellError(code: StatsErrorCode, row: number, column: string, problem: string): StatsError {
  return { code, message: `row ${row}, column "${column}": ${problem}`, row, column };
}

/**
 * Reads one cell: a finite number, `null` for missing (empty, `NA`, null, undefined or a NaN
 * number, as R and pandas treat NaN) or an error naming the row and column. Infinity is never
 * accepted, and text that is not a plain decimal number is an error rather than a silent NaN.
 */
export function parseCell(cell: Cell, row: number, column: string): number | null | StatsError {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "number") {
    if (Number.isNaN(cell)) return null;
    if (!Number.isFinite(cell)) {
      return cellError("NON_FINITE", row, column, `${cell} is not a finite number`);
    }
    return cell;
  }
  const text = cell.trim();
  if (text === "" || text === "NA") return null;
  if (INFINITY_PATTERN.test(text)) {
    return cellError("NON_FINITE", row, column, `"${text}" is not a finite number`);
  }
  if (!NUMBER_PATTERN.test(text)) {
    return cellError("NON_NUMERIC", row, column, `"${text}" is not a number`);
  }
  const value = Number(text);
  if (!Number.isFinite(value)) {
    return cellError("NON_FINITE", row, column, `"${text}" is out of range`);
  }
  return value;
}

function isError(value: number | null | StatsError): value is StatsError {
  return typeof value === "object" && value !== null;
}

/** Row count of the data, or an error when the columns differ in length. */
export function rowCount(data: DataColumns): StatsResult<number> {
  let n: number | undefined;
  for (const [name, column] of Object.entries(data)) {
    if (n === undefined) n = column.length;
    else if (column.length !== n) {
      return fail({
        code: "LENGTH_MISMATCH",
        message: `column "${name}" has ${column.length} rows, the others ${n}`,
        column: name,
      });
    }
  }
  return ok(n ?? 0);
}

/** Checks that every requested column exists; the error lists every unknown one. */
export function checkColumns(data: DataColumns, names: readonly string[]): StatsResult<true> {
  const unknown = names.filter((name) => !Object.hasOwn(data, name));
  if (unknown.length === 0) return ok(true);
  const first = unknown[0] as string;
  return fail({
    code: "UNKNOWN_COLUMN",
    message: `unknown column${unknown.length > 1 ? "s" : ""} ${unknown.map((u) => `"${u}"`).join(", ")}`,
    column: first,
  });
}

/**
 * Parses the named columns into Float64Arrays with NaN marking a missing cell (internal only: it
 * never reaches a result; read-only, as a Float64Array column is returned as it is). Every cell is
 * checked, also in rows that listwise deletion drops.
 */
export function numericColumns(data: DataColumns, names: readonly string[]): StatsResult<Float64Array[]> {
  const known = checkColumns(data, names);
  if (!known.ok) return known;
  const count = rowCount(data);
  if (!count.ok) return count;
  const n = count.value;
  const out: Float64Array[] = [];
  for (const name of names) {
    const source = data[name] as ArrayLike<Cell>;
    if (source instanceof Float64Array) {
      // Already numbers (e.g. from readCsvColumns): checked and shared, not copied — a column of a
      // million rows is 8 MB, and no caller writes into the columns it gets.
      for (let i = 0; i < n; i++) {
        const v = source[i] as number;
        if (v === Number.POSITIVE_INFINITY || v === Number.NEGATIVE_INFINITY) {
          const error = parseCell(v, i + 1, name) as StatsError;
          return fail(error);
        }
      }
      out.push(source);
      continue;
    }
    const column = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const parsed = parseCell(source[i], i + 1, name);
      if (isError(parsed)) return fail(parsed);
      column[i] = parsed ?? Number.NaN;
    }
    out.push(column);
  }
  return ok(out);
}

/** Indices of the rows where every one of the columns is present (listwise deletion). */
export function completeRows(columns: readonly Float64Array[], n: number): Int32Array {
  const keep = new Int32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    let complete = true;
    for (const column of columns) {
      if (Number.isNaN(column[i] as number)) {
        complete = false;
        break;
      }
    }
    if (complete) keep[m++] = i;
  }
  return keep.slice(0, m);
}

/** The rows of a column selected by `rows`. */
export function selectRows(column: Float64Array, rows: Int32Array): Float64Array {
  if (rows.length === column.length) return column;
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = column[rows[i] as number] as number;
  return out;
}
