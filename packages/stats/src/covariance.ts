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
  const padded = k + (k % 2);
  const products = new Float64Array(padded * padded);
  const block = new Float64Array(padded * BLOCK_ROWS);
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
    // Products in 2 × 2 tiles: four loads feed four multiply-adds. With an odd number of columns
    // the last tile reads the zero column after the last.
    for (let a = 0; a < k; a += 2) {
      const a0 = a * BLOCK_ROWS;
      const a1 = a0 + BLOCK_ROWS;
      for (let b = a; b < k; b += 2) {
        const b0 = b * BLOCK_ROWS;
        const b1 = b0 + BLOCK_ROWS;
        let s00 = 0;
        let s01 = 0;
        let s10 = 0;
        let s11 = 0;
        for (let i = 0; i < rows; i++) {
          const x0 = block[a0 + i] as number;
          const x1 = block[a1 + i] as number;
          const y0 = block[b0 + i] as number;
          const y1 = block[b1 + i] as number;
          s00 += x0 * y0;
          s01 += x0 * y1;
          s10 += x1 * y0;
          s11 += x1 * y1;
        }
        products[a * padded + b] = (products[a * padded + b] as number) + s00;
        products[a * padded + b + 1] = (products[a * padded + b + 1] as number) + s01;
        products[(a + 1) * padded + b] = (products[(a + 1) * padded + b] as number) + s10;
        products[(a + 1) * padded + b + 1] = (products[(a + 1) * padded + b + 1] as number) + s11;
      }
    }
  }
  const means = new Float64Array(k);
  const covariance = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    const sa = sums[a] as number;
    means[a] = (shift[a] as number) + sa / n;
    for (let b = a; b < k; b++) {
      const v = ((products[a * padded + b] as number) - (sa * (sums[b] as number)) / n) / (n - 1);
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
