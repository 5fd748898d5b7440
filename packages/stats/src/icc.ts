import { checkColumns, type DataColumns, numericColumns } from "./data-columns.js";
import { factorLevels } from "./factor-levels.js";
import { fail, ok, type StatsResult } from "./stats-error.js";

export interface IccOptions {
  /** The grouping column (e.g. the organisation). */
  readonly group: string;
  readonly variables: readonly string[];
}

/** Intraclass correlations of one variable from a one-way ANOVA by group (Bliese 2000). */
export interface IccResult {
  readonly variable: string;
  /** (MSB − MSW) / (MSB + (n0 − 1)·MSW): reliability of one respondent's score for the group. */
  readonly icc1: number | null;
  /** (MSB − MSW) / MSB: reliability of the group mean. */
  readonly icc2: number | null;
  /** Groups with at least one value. */
  readonly groups: number;
  /** Rows with a value and a group. */
  readonly n: number;
  /** (N − Σnᵢ²/N) / (G − 1): the group size to use when groups differ in size. */
  readonly n0: number | null;
  /** Mean squares between and within groups, as R's `anova(lm(y ~ factor(g)))` prints them. */
  readonly msBetween: number | null;
  readonly msWithin: number | null;
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/**
 * ICC(1), ICC(2) and n0 per variable, each over the rows where that variable and the group are
 * present — the usual justification for averaging respondents to an organisation score.
 */
export function icc(data: DataColumns, options: IccOptions): StatsResult<IccResult[]> {
  const known = checkColumns(data, [options.group]);
  if (!known.ok) return known;
  const parsed = numericColumns(data, options.variables);
  if (!parsed.ok) return parsed;
  const { codes, levels } = factorLevels(data[options.group] as DataColumns[string]);
  const results = options.variables.map((variable, v): IccResult => {
    const y = parsed.value[v] as Float64Array;
    const sums = new Float64Array(levels.length);
    const counts = new Float64Array(levels.length);
    let n = 0;
    for (let i = 0; i < y.length; i++) {
      const g = codes[i] as number;
      const value = y[i] as number;
      if (g < 0 || Number.isNaN(value)) continue;
      sums[g] = (sums[g] as number) + value;
      counts[g] = (counts[g] as number) + 1;
      n++;
    }
    const means = sums.map((s, g) => s / (counts[g] as number));
    let grand = 0;
    for (let g = 0; g < levels.length; g++) grand += sums[g] as number;
    grand /= n;
    let within = 0;
    for (let i = 0; i < y.length; i++) {
      const g = codes[i] as number;
      const value = y[i] as number;
      if (g < 0 || Number.isNaN(value)) continue;
      within += (value - (means[g] as number)) ** 2;
    }
    let between = 0;
    let groups = 0;
    let squares = 0;
    for (let g = 0; g < levels.length; g++) {
      const size = counts[g] as number;
      if (size === 0) continue;
      groups++;
      squares += size * size;
      between += size * ((means[g] as number) - grand) ** 2;
    }
    const msBetween = groups > 1 ? between / (groups - 1) : Number.NaN;
    const msWithin = n > groups ? within / (n - groups) : Number.NaN;
    const n0 = groups > 1 ? (n - squares / n) / (groups - 1) : Number.NaN;
    return {
      variable,
      icc1: finiteOrNull((msBetween - msWithin) / (msBetween + (n0 - 1) * msWithin)),
      icc2: finiteOrNull((msBetween - msWithin) / msBetween),
      groups,
      n,
      n0: finiteOrNull(n0),
      msBetween: finiteOrNull(msBetween),
      msWithin: finiteOrNull(msWithin),
    };
  });
  const empty = results.find((r) => r.n === 0);
  if (empty !== undefined) {
    return fail({
      code: "NO_ROWS",
      message: `"${empty.variable}" has no rows with both a value and a group ("${options.group}")`,
      column: empty.variable,
    });
  }
  return ok(results);
}
