import { checkColumns, type DataColumns, rowCount } from "./data-columns.js";
import { factorLevels } from "./factor-levels.js";
import { fail, ok, type StatsResult } from "./stats-error.js";

/** One margin to rake to: the population count per level of a variable. */
export interface RakeMargin {
  readonly variable: string;
  readonly totals: Readonly<Record<string, number>>;
}

export interface RakeOptions {
  readonly margins: readonly RakeMargin[];
  /** Full passes over the margins at most (default 100). */
  readonly maxIterations?: number;
  /**
   * Converged when no cell of the cross-table of all margin variables moved more than this in a
   * pass (default 1e-12); below 1 it is relative to the sum of the starting weights (the number
   * of rows), as in R's `survey::rake(…, control = list(maxit = 100, epsilon = 1e-12))`, whose own
   * defaults (10 passes, epsilon 1) stop long before the margins are met.
   */
  readonly epsilon?: number;
}

export interface RakeResult {
  /** One weight per sample row, starting from 1. */
  readonly weights: readonly number[];
  /** Full passes made (the converging pass included). */
  readonly iterations: number;
  readonly converged: boolean;
  /** The largest change of a cross-table cell in the last pass. */
  readonly lastChange: number;
}

/** Population counts per level of each variable, from one row per population unit. */
export function marginTotals(
  population: DataColumns,
  variables: readonly string[],
): StatsResult<RakeMargin[]> {
  const known = checkColumns(population, variables);
  if (!known.ok) return known;
  const margins: RakeMargin[] = [];
  for (const variable of variables) {
    const { levels, codes } = factorLevels(population[variable] as DataColumns[string]);
    const missing = codes.indexOf(-1);
    if (missing >= 0) {
      return fail({
        code: "INVALID_ARGUMENT",
        message: `population row ${missing + 1}, column "${variable}": a margin variable may not be missing`,
        row: missing + 1,
        column: variable,
      });
    }
    const counts = new Array<number>(levels.length).fill(0);
    for (const code of codes) counts[code] = (counts[code] as number) + 1;
    margins.push({
      variable,
      totals: Object.fromEntries(levels.map((level, l) => [level, counts[l] as number])),
    });
  }
  return ok(margins);
}

/**
 * Raking (iterative proportional fitting) from unit weights: each pass post-stratifies to every
 * margin in turn — w ← w · population / Σw over the level — until the cross-table of the margin
 * variables stops changing, as R's `survey::rake` does.
 */
export function rake(sample: DataColumns, options: RakeOptions): StatsResult<RakeResult> {
  const maxIterations = options.maxIterations ?? 100;
  const count = rowCount(sample);
  if (!count.ok) return count;
  const n = count.value;
  const requested = options.epsilon ?? 1e-12;
  const epsilon = requested < 1 ? requested * n : requested;
  if (options.margins.length === 0)
    return fail({ code: "INVALID_ARGUMENT", message: "raking needs at least one margin" });
  const known = checkColumns(
    sample,
    options.margins.map((m) => m.variable),
  );
  if (!known.ok) return known;
  // Per margin: each row's index into that margin's population totals.
  const strata: { index: Int32Array; totals: Float64Array }[] = [];
  for (const margin of options.margins) {
    const { levels, codes } = factorLevels(sample[margin.variable] as DataColumns[string]);
    const population = Object.keys(margin.totals);
    const totals = Float64Array.from(population, (level) => margin.totals[level] as number);
    const bad = population.find(
      (level) => !(Number.isFinite(margin.totals[level]) && (margin.totals[level] as number) >= 0),
    );
    if (bad !== undefined) {
      return fail({
        code: "INVALID_ARGUMENT",
        message: `the population total of "${bad}" in "${margin.variable}" must be a count (0 or more)`,
        column: margin.variable,
      });
    }
    const position = new Map(population.map((level, l) => [level, l]));
    const index = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const code = codes[i] as number;
      const at = code < 0 ? undefined : position.get(levels[code] as string);
      if (at === undefined) {
        return fail({
          code: "INVALID_ARGUMENT",
          message:
            code < 0
              ? `row ${i + 1}, column "${margin.variable}": a margin variable may not be missing`
              : `row ${i + 1}, column "${margin.variable}": "${levels[code]}" does not occur in the population`,
          row: i + 1,
          column: margin.variable,
        });
      }
      index[i] = at;
    }
    const present = new Uint8Array(population.length);
    for (const at of index) present[at] = 1;
    const absent = population.findIndex(
      (level, l) => present[l] === 0 && (margin.totals[level] as number) > 0,
    );
    if (absent >= 0) {
      return fail({
        code: "NO_ROWS",
        message: `no sample row has "${population[absent]}" in "${margin.variable}": raking cannot reach its population total`,
        column: margin.variable,
      });
    }
    strata.push({ index, totals });
  }
  // Cells of the full cross-classification, for the convergence test.
  const cellOf = new Map<string, number>();
  const cells = Int32Array.from({ length: n }, (_, i) => {
    const key = strata.map((s) => s.index[i]).join(",");
    let cell = cellOf.get(key);
    if (cell === undefined) {
      cell = cellOf.size;
      cellOf.set(key, cell);
    }
    return cell;
  });
  const table = (w: Float64Array): Float64Array => {
    const out = new Float64Array(cellOf.size);
    for (let i = 0; i < n; i++)
      out[cells[i] as number] = (out[cells[i] as number] as number) + (w[i] as number);
    return out;
  };
  const weights = new Float64Array(n).fill(1);
  let previous = table(weights);
  let iterations = 0;
  let converged = false;
  let lastChange = Number.POSITIVE_INFINITY;
  while (iterations < maxIterations) {
    iterations++;
    for (const { index, totals } of strata) {
      const sums = new Float64Array(totals.length);
      for (let i = 0; i < n; i++)
        sums[index[i] as number] = (sums[index[i] as number] as number) + (weights[i] as number);
      for (let i = 0; i < n; i++) {
        const at = index[i] as number;
        const sum = sums[at] as number;
        // A level whose population total is 0 keeps weight 0 rather than 0/0.
        weights[i] = sum > 0 ? (weights[i] as number) * ((totals[at] as number) / sum) : 0;
      }
    }
    const current = table(weights);
    lastChange = 0;
    for (let c = 0; c < current.length; c++)
      lastChange = Math.max(lastChange, Math.abs((current[c] as number) - (previous[c] as number)));
    previous = current;
    if (lastChange < epsilon) {
      converged = true;
      break;
    }
  }
  return ok({ weights: Array.from(weights), iterations, converged, lastChange });
}
