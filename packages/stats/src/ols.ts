import { centredSumOfSquares } from "./centred-sum-of-squares.js";
import { type ClusterKind, clusterRobust } from "./cluster-robust.js";
import {
  type Cell,
  checkColumns,
  completeRows,
  type DataColumns,
  numericColumns,
  rowCount,
  selectRows,
} from "./data-columns.js";
import { fUpperTail } from "./f-distribution.js";
import { factorLevels } from "./factor-levels.js";
import { type DesignColumn, type Precision, solveLeastSquares } from "./least-squares.js";
import { fail, ok, type StatsResult } from "./stats-error.js";
import { studentTTwoSidedP } from "./student-t.js";

export type RobustKind = "hc1" | "hc3";

export const INTERCEPT_TERM = "(Intercept)";

export interface OlsOptions {
  readonly dependent: string;
  readonly predictors: readonly string[];
  /** Fit a constant (default true). Without one, R² is uncentred, as R reports it. */
  readonly intercept?: boolean;
  /** Adds heteroscedasticity-consistent standard errors to every coefficient. */
  readonly robust?: RobustKind;
  readonly precision?: Precision;
  /** Relative norm below which a column counts as aliased (default 1e-10). */
  readonly tolerance?: number;
  /** Column of positive case weights: weighted least squares, as R's `lm(weights = …)`. */
  readonly weights?: string;
  /** Column naming each row's cluster (e.g. the organisation): adds cluster-robust errors. */
  readonly cluster?: string;
  /** `cr1` (default) or `cr2`; see `ClusterKind`. */
  readonly clusterType?: ClusterKind;
}

/** Clean columns for `fitOlsColumns`, aligned with y. */
export interface OlsColumnsExtra {
  readonly droppedRows?: number;
  /** Positive case weights (the `weights` option names their column). */
  readonly weightValues?: Float64Array;
  /** Each row's cluster (the `cluster` option names their column); no missing cells. */
  readonly clusterValues?: ArrayLike<Cell>;
}

export interface OlsCoefficient {
  readonly term: string;
  /** Null for an aliased term, as R prints NA. */
  readonly estimate: number | null;
  readonly stdError: number | null;
  /** Null when aliased or when the fit is exact (the t statistic would be infinite). */
  readonly t: number | null;
  readonly p: number | null;
  /** Standardised coefficient β·sd(x)/sd(y); null for the intercept and aliased terms. */
  readonly beta: number | null;
  /** Variance inflation factor; null for the intercept and aliased terms. */
  readonly vif: number | null;
  readonly aliased: boolean;
  readonly robustStdError?: number | null;
  readonly robustT?: number | null;
  readonly robustP?: number | null;
  /** Cluster-robust standard error, its t, degrees of freedom and two-sided p (with `cluster`). */
  readonly clusterStdError?: number | null;
  readonly clusterT?: number | null;
  readonly clusterDf?: number | null;
  readonly clusterP?: number | null;
}

export interface OlsModel {
  readonly dependent: string;
  /** Rows used after listwise deletion. */
  readonly n: number;
  readonly intercept: boolean;
  readonly coefficients: readonly OlsCoefficient[];
  readonly rSquared: number | null;
  readonly adjRSquared: number | null;
  readonly residualStdError: number;
  readonly fStatistic: number | null;
  readonly fPValue: number | null;
  readonly dfModel: number;
  readonly dfResidual: number;
  /** Terms dropped because they are linear combinations of earlier terms. */
  readonly aliased: readonly string[];
  /** The residuals are zero to working precision (R's "essentially perfect fit"). */
  readonly exactFit: boolean;
  readonly robust?: RobustKind;
  /** The weight column of a weighted fit. */
  readonly weights?: string;
  /** The cluster column, the kind of cluster-robust errors and the number of clusters G. */
  readonly cluster?: string;
  readonly clusterType?: ClusterKind;
  readonly clusters?: number;
  /** Why any statistic is null, in words. */
  readonly notes: readonly string[];
  /** Rows dropped by listwise deletion. */
  readonly droppedRows: number;
  readonly precisionUsed: "double" | "double-double";
}

/** Sample SD; with weights Σw(x − x̄_w)² / (n − 1), whose scale cancels in a standardised beta. */
function sampleSd(values: Float64Array, weights?: Float64Array): number {
  return Math.sqrt(centredSumOfSquares(values, weights) / (values.length - 1));
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** Weights must be positive and finite; missing (NaN) ones are left to listwise deletion. */
function checkWeights(values: Float64Array, column: string): StatsResult<true> {
  const bad = values.findIndex((w) => !Number.isNaN(w) && !(w > 0 && Number.isFinite(w)));
  if (bad < 0) return ok(true);
  return fail({
    code: "INVALID_ARGUMENT",
    message: `row ${bad + 1}, column "${column}": weight ${values[bad]} is not positive`,
    row: bad + 1,
    column,
  });
}

/** Standard error, t and two-sided p from an alternative variance (robust or cluster-robust). */
function alternativeTest<Prefix extends "robust" | "cluster">(
  estimate: number | null,
  variance: number | null,
  df: number | null,
  exactFit: boolean,
  prefix: Prefix,
): Record<`${Prefix}StdError` | `${Prefix}T` | `${Prefix}P`, number | null> {
  const stdError = variance === null ? null : finiteOrNull(Math.sqrt(variance));
  const t = stdError === null || estimate === null || exactFit ? null : finiteOrNull(estimate / stdError);
  const p = t === null || df === null ? null : studentTTwoSidedP(t, df);
  return { [`${prefix}StdError`]: stdError, [`${prefix}T`]: t, [`${prefix}P`]: p } as Record<
    `${Prefix}StdError` | `${Prefix}T` | `${Prefix}P`,
    number | null
  >;
}

/**
 * Ordinary least squares on complete rows of `data`, as R's `lm()` + `summary()` report it.
 * Cells are parsed strictly: empty, `NA` and null are missing, other text and infinities are errors.
 */
export function fitOls(data: DataColumns, options: OlsOptions): StatsResult<OlsModel> {
  const names = [options.dependent, ...options.predictors];
  const parsed = numericColumns(data, options.weights === undefined ? names : [...names, options.weights]);
  if (!parsed.ok) return parsed;
  const count = rowCount(data);
  if (!count.ok) return count;
  if (options.cluster !== undefined) {
    const known = checkColumns(data, [options.cluster]);
    if (!known.ok) return known;
  }
  const weightColumn = options.weights === undefined ? undefined : parsed.value[names.length];
  if (weightColumn !== undefined) {
    const valid = checkWeights(weightColumn, options.weights as string);
    if (!valid.ok) return valid;
  }
  const clusterCells = options.cluster === undefined ? undefined : data[options.cluster];
  const clusterMissing =
    clusterCells === undefined
      ? []
      : [Float64Array.from(factorLevels(clusterCells).codes, (code) => (code < 0 ? Number.NaN : 0))];
  const rows = completeRows([...parsed.value, ...clusterMissing], count.value);
  if (rows.length === 0) {
    return fail({
      code: "NO_ROWS",
      message: `no rows left for "${options.dependent}" after listwise deletion of missing values in ${names.map((v) => `"${v}"`).join(", ")}`,
    });
  }
  const [y, ...x] = parsed.value.slice(0, names.length).map((c) => selectRows(c, rows));
  return fitOlsColumns(y as Float64Array, x, {
    ...options,
    droppedRows: count.value - rows.length,
    ...(weightColumn === undefined ? {} : { weightValues: selectRows(weightColumn, rows) }),
    ...(clusterCells === undefined ? {} : { clusterValues: Array.from(rows, (i) => clusterCells[i]) }),
  });
}

/** OLS on clean numeric columns (no missing values), in the order of `options.predictors`. */
export function fitOlsColumns(
  y: Float64Array,
  predictors: readonly DesignColumn[],
  options: OlsOptions & OlsColumnsExtra,
): StatsResult<OlsModel> {
  const intercept = options.intercept ?? true;
  const n = y.length;
  if (predictors.length !== options.predictors.length) {
    return fail({ code: "INVALID_ARGUMENT", message: "one column is needed per predictor name" });
  }
  if (predictors.some((c) => (c instanceof Float64Array ? c : c.hi).length !== n)) {
    return fail({ code: "LENGTH_MISMATCH", message: "every predictor needs as many rows as the dependent" });
  }
  if (!intercept && predictors.length === 0) {
    return fail({
      code: "INVALID_ARGUMENT",
      message: "a model without intercept needs at least one predictor",
    });
  }
  if (n === 0) {
    return fail({ code: "NO_ROWS", message: `no rows to fit "${options.dependent}"` });
  }
  const weights = options.weightValues;
  const unpaired = [
    ["weights", options.weights, weights],
    ["cluster", options.cluster, options.clusterValues],
  ].find(([, name, values]) => (name === undefined) !== (values === undefined));
  if (unpaired !== undefined) {
    return fail({
      code: "INVALID_ARGUMENT",
      message: `"${unpaired[0]}" needs both the column name and its values`,
    });
  }
  if (weights !== undefined) {
    if (weights.length !== n || weights.some(Number.isNaN)) {
      return fail({ code: "LENGTH_MISMATCH", message: "one weight is needed per row" });
    }
    const valid = checkWeights(weights, options.weights ?? "weights");
    if (!valid.ok) return valid;
  }
  const clusterValues = options.clusterValues;
  const clusterCodes = clusterValues === undefined ? undefined : factorLevels(clusterValues);
  if (clusterCodes !== undefined && (clusterCodes.codes.length !== n || clusterCodes.codes.includes(-1))) {
    return fail({ code: "LENGTH_MISMATCH", message: "one cluster is needed per row, none missing" });
  }
  const solution = solveLeastSquares(predictors, y, {
    intercept,
    ...(options.tolerance === undefined ? {} : { tolerance: options.tolerance }),
    ...(options.precision === undefined ? {} : { precision: options.precision }),
    ...(weights === undefined ? {} : { weights }),
  });
  const terms = intercept ? [INTERCEPT_TERM, ...options.predictors] : [...options.predictors];
  const dfResidual = n - solution.rank;
  if (dfResidual <= 0) {
    return fail({
      code: "NO_RESIDUAL_DF",
      message: `"${options.dependent}": ${n} row${n === 1 ? "" : "s"} for ${solution.rank} estimable coefficient${solution.rank === 1 ? "" : "s"} leave no residual degrees of freedom`,
    });
  }
  const notes: string[] = [];
  const dfModel = solution.rank - (intercept ? 1 : 0);
  const residualVariance = solution.rss / dfResidual;
  const residualStdError = Math.sqrt(residualVariance);
  // R's summary.lm criterion for an "essentially perfect fit".
  let fittedMean = 0;
  for (let i = 0; i < n; i++) fittedMean += solution.fitted[i] as number;
  fittedMean /= n;
  let fittedVar = 0;
  for (let i = 0; i < n; i++) fittedVar += ((solution.fitted[i] as number) - fittedMean) ** 2;
  fittedVar = n > 1 ? fittedVar / (n - 1) : 0;
  const exactFit = residualVariance < (fittedMean * fittedMean + fittedVar) * 1e-30;
  if (exactFit) notes.push("exact fit: the residuals are zero, so t, p and F are undefined (null)");

  const total = solution.mss + solution.rss;
  let rSquared: number | null = total > 0 ? solution.mss / total : null;
  if (rSquared === null) notes.push(`"${options.dependent}" has no variation: R² is undefined (null)`);
  if (dfModel === 0 && rSquared !== null && intercept) rSquared = 0;
  const adjRSquared =
    rSquared === null ? null : 1 - ((1 - rSquared) * (n - (intercept ? 1 : 0))) / dfResidual;
  let fStatistic: number | null = null;
  let fPValue: number | null = null;
  if (dfModel === 0) notes.push("no predictors are estimable besides the intercept: F is undefined (null)");
  else if (!exactFit) {
    fStatistic = finiteOrNull(solution.mss / dfModel / residualVariance);
    fPValue = fStatistic === null ? null : fUpperTail(fStatistic, dfModel, dfResidual);
  }

  const sdY = sampleSd(y, weights);
  const clusterType = options.clusterType ?? "cr1";
  const clustered =
    clusterCodes === undefined
      ? undefined
      : clusterRobust(solution.sandwichParts(), clusterCodes.codes, clusterCodes.levels.length, clusterType);
  if (clustered !== undefined && clustered.clusters < 2) {
    notes.push("cluster-robust errors need at least two clusters (null)");
  }
  const robustVariances = options.robust === undefined ? undefined : solution.robustVariances(options.robust);
  if (robustVariances?.some((v, j) => v === null && !solution.aliased[j])) {
    notes.push(`${options.robust} standard errors are undefined where an observation has leverage 1 (null)`);
  }
  let overflow = false;
  const coefficients: OlsCoefficient[] = terms.map((term, j) => {
    const rawEstimate = solution.coefficients[j] ?? null;
    const estimate = rawEstimate === null ? null : finiteOrNull(rawEstimate);
    const unscaled = solution.unscaledVariances[j] ?? null;
    if (solution.aliased[j] || rawEstimate === null || unscaled === null) {
      const base = {
        term,
        estimate: null,
        stdError: null,
        t: null,
        p: null,
        beta: null,
        vif: null,
        aliased: true,
      };
      const withRobust =
        robustVariances === undefined
          ? base
          : { ...base, robustStdError: null, robustT: null, robustP: null };
      return clustered === undefined
        ? withRobust
        : { ...withRobust, clusterStdError: null, clusterT: null, clusterDf: null, clusterP: null };
    }
    const stdError = finiteOrNull(Math.sqrt(residualVariance * unscaled));
    if (stdError === null || estimate === null) overflow = true;
    const t = exactFit || stdError === null || estimate === null ? null : finiteOrNull(estimate / stdError);
    const p = t === null ? null : studentTTwoSidedP(t, dfResidual);
    const isIntercept = intercept && j === 0;
    const spread = solution.centredSquares[j] ?? null;
    const beta =
      isIntercept || spread === null || estimate === null || !(sdY > 0)
        ? null
        : finiteOrNull((estimate * Math.sqrt(spread / (n - 1))) / sdY);
    const vif = isIntercept ? null : finiteOrNull(solution.vifs[j] ?? Number.NaN);
    const coefficient: OlsCoefficient = { term, estimate, stdError, t, p, beta, vif, aliased: false };
    const withRobust =
      robustVariances === undefined
        ? coefficient
        : {
            ...coefficient,
            ...alternativeTest(estimate, robustVariances[j] ?? null, dfResidual, exactFit, "robust"),
          };
    if (clustered === undefined) return withRobust;
    const a = solution.kept.indexOf(j);
    const clusterDf = clustered.df[a] ?? null;
    const test = alternativeTest(estimate, clustered.variances[a] ?? null, clusterDf, exactFit, "cluster");
    return { ...withRobust, ...test, clusterDf };
  });
  if (overflow) notes.push("some values exceed the range of double precision (null): rescale the variables");
  const aliased = terms.filter((_, j) => solution.aliased[j]);
  if (aliased.length > 0) {
    notes.push(`aliased (linearly dependent on earlier terms, not estimated): ${aliased.join(", ")}`);
  }
  return ok({
    dependent: options.dependent,
    n,
    intercept,
    coefficients,
    rSquared,
    adjRSquared,
    residualStdError,
    fStatistic,
    fPValue,
    dfModel,
    dfResidual,
    aliased,
    exactFit,
    ...(options.robust === undefined ? {} : { robust: options.robust }),
    ...(options.weights === undefined || weights === undefined ? {} : { weights: options.weights }),
    ...(clustered === undefined
      ? {}
      : {
          ...(options.cluster === undefined ? {} : { cluster: options.cluster }),
          clusterType,
          clusters: clustered.clusters,
        }),
    notes,
    droppedRows: options.droppedRows ?? 0,
    precisionUsed: solution.precisionUsed,
  });
}
