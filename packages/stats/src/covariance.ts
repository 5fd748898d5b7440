import { pairwiseMoments } from "./pairwise-moments.js";

/** Sample covariance matrix (n − 1) of complete columns, row-major k × k, two-pass for accuracy. */
export function covarianceMatrix(columns: readonly Float64Array[]): Float64Array {
  const k = columns.length;
  const n = columns[0]?.length ?? 0;
  const centred = columns.map((column) => {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += column[i] as number;
    mean /= n;
    let correction = 0;
    for (let i = 0; i < n; i++) correction += (column[i] as number) - mean;
    mean += correction / n;
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = (column[i] as number) - mean;
    return out;
  });
  const cov = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    const ca = centred[a] as Float64Array;
    for (let b = a; b < k; b++) {
      const cb = centred[b] as Float64Array;
      let s = 0;
      for (let i = 0; i < n; i++) s += (ca[i] as number) * (cb[i] as number);
      const v = s / (n - 1);
      cov[a * k + b] = v;
      cov[b * k + a] = v;
    }
  }
  return cov;
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
