import { type Cell, parseCell } from "./data-columns.js";
import { fail, ok, type StatsError, type StatsResult } from "./stats-error.js";

export interface Descriptives {
  /** Valid (non-missing) values. */
  readonly n: number;
  readonly missing: number;
  readonly mean: number | null;
  /** Sample standard deviation (n − 1); null for fewer than two values. */
  readonly sd: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** Share (0–100) of valid values counted positive; null without a positive rule or valid values. */
  readonly percentPositive: number | null;
}

export interface DescriptivesOptions {
  /** Values that count as positive (e.g. [5, 6] on a 6-point scale), or a predicate. */
  readonly positive?: readonly number[] | ((value: number) => boolean);
}

/** Parses a column of cells into numbers and a missing count, or the first bad cell as an error. */
export function parseColumn(
  cells: ArrayLike<Cell>,
  column: string,
): StatsResult<{ values: number[]; missing: number }> {
  const values: number[] = [];
  let missing = 0;
  for (let i = 0; i < cells.length; i++) {
    const parsed: number | null | StatsError = parseCell(cells[i], i + 1, column);
    if (parsed === null) missing++;
    else if (typeof parsed === "number") values.push(parsed);
    else return fail(parsed);
  }
  return ok({ values, missing });
}

/** n, mean, SD, range and % positive of one column; empty, NA and null are missing. */
export function describe(
  cells: ArrayLike<Cell>,
  column = "value",
  options: DescriptivesOptions = {},
): StatsResult<Descriptives> {
  const parsed = parseColumn(cells, column);
  if (!parsed.ok) return parsed;
  const { values, missing } = parsed.value;
  const n = values.length;
  if (n === 0) {
    return ok({ n, missing, mean: null, sd: null, min: null, max: null, percentPositive: null });
  }
  let mean = 0;
  for (const v of values) mean += v;
  mean /= n;
  let ss = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    ss += (v - mean) ** 2;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const rule = options.positive;
  let percentPositive: number | null = null;
  if (rule !== undefined) {
    const isPositive = typeof rule === "function" ? rule : (v: number) => rule.includes(v);
    percentPositive = (values.filter(isPositive).length / n) * 100;
  }
  return ok({ n, missing, mean, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : null, min, max, percentPositive });
}
