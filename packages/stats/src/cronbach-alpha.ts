import { covarianceMoments, pairwiseCovarianceMatrix } from "./covariance.js";
import { completeRows, type DataColumns, numericColumns, rowCount, selectRows } from "./data-columns.js";
import { fail, ok, type StatsResult } from "./stats-error.js";

export interface AlphaOptions {
  readonly items: readonly string[];
  /** Items to reverse-key as min + max − x, min and max over all observed values of the items. */
  readonly reverse?: readonly string[];
  /** `listwise` (default, SPSS): complete rows only. `pairwise` (psych::alpha): pairwise covariances. */
  readonly missing?: "listwise" | "pairwise";
}

export interface AlphaItem {
  readonly item: string;
  readonly mean: number;
  readonly sd: number | null;
  /** Corrected item–total correlation: the item against the sum of the other items. */
  readonly itemRestCorrelation: number | null;
  readonly alphaIfDeleted: number | null;
}

export interface AlphaResult {
  readonly alpha: number | null;
  /** Alpha of the standardised items: k·r̄ / (1 + (k − 1)·r̄). */
  readonly standardizedAlpha: number | null;
  /** Rows used: complete rows (listwise) or rows with at least one item (pairwise). */
  readonly n: number;
  readonly k: number;
  readonly items: readonly AlphaItem[];
  readonly missing: "listwise" | "pairwise";
  readonly droppedRows: number;
  /** Why any value is null, in words. */
  readonly notes: readonly string[];
}

function alphaFromCovariance(cov: Float64Array, k: number, keep: readonly number[]): number | null {
  const m = keep.length;
  if (m < 2) return null;
  let trace = 0;
  let total = 0;
  for (const a of keep) {
    trace += cov[a * k + a] as number;
    for (const b of keep) total += cov[a * k + b] as number;
  }
  if (!(total > 0)) return null;
  const alpha = (m / (m - 1)) * (1 - trace / total);
  return Number.isFinite(alpha) ? alpha : null;
}

function toCorrelation(cov: Float64Array, k: number): Float64Array | null {
  const out = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) {
      const v =
        (cov[a * k + b] as number) / Math.sqrt((cov[a * k + a] as number) * (cov[b * k + b] as number));
      if (!Number.isFinite(v)) return null;
      out[a * k + b] = v;
    }
  }
  return out;
}

interface ItemMoments {
  readonly n: number;
  readonly rows: number;
  readonly cov: Float64Array;
  readonly means: ArrayLike<number>;
}

/**
 * Listwise moments straight from the caller's columns when they are all doubles: no column is
 * copied or scanned beforehand, because a missing (NaN) or infinite cell makes some sum non-finite,
 * and then undefined is returned and the checked path parses the cells (and words any error).
 */
function momentsInPlace(data: DataColumns, items: readonly string[]): ItemMoments | undefined {
  const columns = items.map((item) => data[item]);
  if (!columns.every((c): c is Float64Array => c instanceof Float64Array)) return undefined;
  const count = rowCount(data);
  if (!count.ok || count.value < 2) return undefined;
  const { means, covariance } = covarianceMoments(columns);
  if (!covariance.every(Number.isFinite) || !means.every(Number.isFinite)) return undefined;
  return { n: count.value, rows: count.value, cov: covariance, means };
}

/** Moments after parsing every cell, reverse-keying and listwise or pairwise deletion. */
function checkedMoments(
  data: DataColumns,
  items: readonly string[],
  reverse: readonly string[],
  missing: "listwise" | "pairwise",
): StatsResult<ItemMoments> {
  const k = items.length;
  const parsed = numericColumns(data, items);
  if (!parsed.ok) return parsed;
  const count = rowCount(data);
  if (!count.ok) return count;
  let columns = parsed.value;

  if (reverse.length > 0) {
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const column of columns) {
      for (const v of column) {
        if (Number.isNaN(v)) continue;
        if (v < min) min = v;
        if (v > max) max = v;
      }
    }
    columns = columns.map((column, j) =>
      reverse.includes(items[j] as string)
        ? column.map((v) => (Number.isNaN(v) ? v : min + max - v))
        : column,
    );
  }

  let n: number;
  let cov: Float64Array;
  let means: ArrayLike<number>;
  if (missing === "listwise") {
    const rows = completeRows(columns, count.value);
    n = rows.length;
    if (n < 2) {
      return fail({
        code: "NO_ROWS",
        message: `${n === 0 ? "no rows" : "only one row"} left after listwise deletion of missing values in ${items.map((v) => `"${v}"`).join(", ")}`,
      });
    }
    const moments = covarianceMoments(columns.map((c) => selectRows(c, rows)));
    cov = moments.covariance;
    means = moments.means;
  } else {
    n = 0;
    for (let i = 0; i < count.value; i++) {
      if (columns.some((c) => !Number.isNaN(c[i] as number))) n++;
    }
    const pairwise = pairwiseCovarianceMatrix(columns);
    const tooFew = items.findIndex((_, a) =>
      items.some((__, b) => (pairwise.counts[a * k + b] as number) < 2),
    );
    if (tooFew >= 0) {
      return fail({
        code: "NO_ROWS",
        message: `item "${items[tooFew]}" has fewer than two rows in common with another item`,
        column: items[tooFew] as string,
      });
    }
    cov = pairwise.covariance;
    means = columns.map((c) => {
      let s = 0;
      let m = 0;
      for (const v of c) {
        if (Number.isNaN(v)) continue;
        s += v;
        m++;
      }
      return s / m;
    });
  }

  return ok({ n, rows: count.value, cov, means });
}

/**
 * Cronbach's alpha with standardised alpha, alpha if item deleted and corrected item–total
 * correlations, as SPSS RELIABILITY (listwise) or psych::alpha (pairwise) report them.
 */
export function cronbachAlpha(data: DataColumns, options: AlphaOptions): StatsResult<AlphaResult> {
  const items = options.items;
  const k = items.length;
  const missing = options.missing ?? "listwise";
  if (k < 2) return fail({ code: "INVALID_ARGUMENT", message: "alpha needs at least two items" });
  const duplicate = items.find((item, i) => items.indexOf(item) !== i);
  if (duplicate !== undefined) {
    return fail({
      code: "INVALID_ARGUMENT",
      message: `item "${duplicate}" is listed twice`,
      column: duplicate,
    });
  }
  const reverse = options.reverse ?? [];
  const notAnItem = reverse.find((r) => !items.includes(r));
  if (notAnItem !== undefined) {
    return fail({
      code: "UNKNOWN_COLUMN",
      message: `reverse-keyed item "${notAnItem}" is not one of the items`,
      column: notAnItem,
    });
  }
  const direct = missing === "listwise" && reverse.length === 0 ? momentsInPlace(data, items) : undefined;
  const moments = direct === undefined ? checkedMoments(data, items, reverse, missing) : ok(direct);
  if (!moments.ok) return moments;
  const { n, cov, means } = moments.value;

  const notes: string[] = [];
  const all = items.map((_, j) => j);
  const alpha = alphaFromCovariance(cov, k, all);
  if (alpha === null) notes.push("the sum of the items has no variance: alpha is undefined (null)");
  const correlation = toCorrelation(cov, k);
  const standardizedAlpha = correlation === null ? null : alphaFromCovariance(correlation, k, all);
  if (standardizedAlpha === null) {
    notes.push("an item has no variance: standardised alpha and its correlations are undefined (null)");
  }

  const itemResults: AlphaItem[] = items.map((item, j) => {
    const rest = all.filter((a) => a !== j);
    const variance = cov[j * k + j] as number;
    let covWithRest = 0;
    let restVariance = 0;
    for (const a of rest) {
      covWithRest += cov[j * k + a] as number;
      for (const b of rest) restVariance += cov[a * k + b] as number;
    }
    const r = covWithRest / Math.sqrt(variance * restVariance);
    return {
      item,
      mean: means[j] as number,
      sd: variance >= 0 ? Math.sqrt(variance) : null,
      itemRestCorrelation: Number.isFinite(r) ? r : null,
      alphaIfDeleted: alphaFromCovariance(cov, k, rest),
    };
  });
  if (k === 2) notes.push("with two items, alpha if item deleted is undefined (null)");

  return ok({
    alpha,
    standardizedAlpha,
    n,
    k,
    items: itemResults,
    missing,
    droppedRows: moments.value.rows - n,
    notes,
  });
}
