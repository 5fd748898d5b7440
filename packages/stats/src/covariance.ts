import { pairwiseMoments } from "./pairwise-moments.js";

/** Rows per block: a block of every column stays in the first-level cache while its products are summed. */
const BLOCK_ROWS = 256;

/** Column means and the sample covariance matrix (n − 1, row-major k × k) of complete columns. */
export interface CovarianceMoments {
  readonly means: Float64Array;
  readonly covariance: Float64Array;
}

/**
 * Means and sample covariances of complete columns in one blocked pass over the rows, without
 * copying a column. Each column is shifted by a provisional mean (that of the first block), so the
 * products are of deviations and the one-pass formula Σd_a·d_b − Σd_a·Σd_b / n loses no digits
 * worth having: its rounding error is of order u·(mean − shift)²/variance, not u·mean²/variance.
 */
export function covarianceMoments(columns: readonly Float64Array[]): CovarianceMoments {
  const k = columns.length;
  const n = columns[0]?.length ?? 0;
  const shift = new Float64Array(k);
  const head = Math.min(n, BLOCK_ROWS);
  for (let a = 0; a < k; a++) {
    const column = columns[a] as Float64Array;
    let s = 0;
    for (let i = 0; i < head; i++) s += column[i] as number;
    shift[a] = head > 0 ? s / head : 0;
  }
  const sums = new Float64Array(k);
  const products = new Float64Array(k * k);
  const block = new Float64Array(k * BLOCK_ROWS);
  for (let start = 0; start < n; start += BLOCK_ROWS) {
    const rows = Math.min(BLOCK_ROWS, n - start);
    for (let a = 0; a < k; a++) {
      const column = columns[a] as Float64Array;
      const base = a * BLOCK_ROWS;
      const c = shift[a] as number;
      let s = 0;
      for (let i = 0; i < rows; i++) {
        const d = (column[start + i] as number) - c;
        block[base + i] = d;
        s += d;
      }
      sums[a] = (sums[a] as number) + s;
    }
    for (let a = 0; a < k; a++) {
      const baseA = a * BLOCK_ROWS;
      for (let b = a; b < k; b++) {
        const baseB = b * BLOCK_ROWS;
        // Two accumulators halve the chain of dependent additions.
        let s0 = 0;
        let s1 = 0;
        let i = 0;
        for (; i + 1 < rows; i += 2) {
          s0 += (block[baseA + i] as number) * (block[baseB + i] as number);
          s1 += (block[baseA + i + 1] as number) * (block[baseB + i + 1] as number);
        }
        if (i < rows) s0 += (block[baseA + i] as number) * (block[baseB + i] as number);
        products[a * k + b] = (products[a * k + b] as number) + s0 + s1;
      }
    }
  }
  const means = new Float64Array(k);
  const covariance = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    const sa = sums[a] as number;
    means[a] = (shift[a] as number) + sa / n;
    for (let b = a; b < k; b++) {
      const v = ((products[a * k + b] as number) - (sa * (sums[b] as number)) / n) / (n - 1);
      covariance[a * k + b] = v;
      covariance[b * k + a] = v;
    }
  }
  return { means, covariance };
}

/** Sample covariance matrix (n − 1) of complete columns, row-major k × k. */
export function covarianceMatrix(columns: readonly Float64Array[]): Float64Array {
  return covarianceMoments(columns).covariance;
}

/**
 * Covariances from pairwise-complete cases (NaN marks missing), as R's
 * `cov(x, use = "pairwise.complete.obs")`: each pair uses its own rows and its own means.
 * Returns the matrix and the number of rows behind each entry.
 */
export function pairwiseCovarianceMatrix(columns: readonly Float64Array[]): {
  covariance: Float64Array;
  counts: Int32Array;
} {
  const k = columns.length;
  const covariance = new Float64Array(k * k);
  const counts = new Int32Array(k * k);
  for (let a = 0; a < k; a++) {
    const ca = columns[a] as Float64Array;
    for (let b = a; b < k; b++) {
      const cb = columns[b] as Float64Array;
      const { n: count, sxy: s } = pairwiseMoments(ca, cb);
      const v = count > 1 ? s / (count - 1) : Number.NaN;
      covariance[a * k + b] = v;
      covariance[b * k + a] = v;
      counts[a * k + b] = count;
      counts[b * k + a] = count;
    }
  }
  return { covariance, counts };
}
