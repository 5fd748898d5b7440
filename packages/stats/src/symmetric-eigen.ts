/** Eigenvalues and eigenvectors (columns of `vectors`, row-major m × m) of a symmetric matrix. */
export interface SymmetricEigen {
  readonly values: Float64Array;
  readonly vectors: Float64Array;
}

/**
 * Cyclic Jacobi rotations: slow for large matrices but accurate to a few ulps in every
 * eigenvalue, which is what the small per-cluster matrices of CR2 need.
 */
export function symmetricEigen(matrix: ArrayLike<number>, m: number): SymmetricEigen {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(m * m);
  for (let i = 0; i < m; i++) v[i * m + i] = 1;
  for (let sweep = 0; sweep < 64; sweep++) {
    let off = 0;
    for (let p = 0; p < m; p++) for (let q = p + 1; q < m; q++) off += Math.abs(a[p * m + q] as number);
    if (off === 0) break;
    for (let p = 0; p < m; p++) {
      for (let q = p + 1; q < m; q++) {
        const apq = a[p * m + q] as number;
        if (apq === 0) continue;
        // An element below the rounding of both diagonal entries is zero (Numerical Recipes' test),
        // so the sweeps end with an exactly diagonal matrix instead of circling at rounding level.
        const tiny = 100 * Math.abs(apq);
        if (
          Math.abs(a[p * m + p] as number) + tiny === Math.abs(a[p * m + p] as number) &&
          Math.abs(a[q * m + q] as number) + tiny === Math.abs(a[q * m + q] as number)
        ) {
          a[p * m + q] = 0;
          a[q * m + p] = 0;
          continue;
        }
        const app = a[p * m + p] as number;
        const aqq = a[q * m + q] as number;
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < m; k++) {
          const akp = a[k * m + p] as number;
          const akq = a[k * m + q] as number;
          a[k * m + p] = c * akp - s * akq;
          a[k * m + q] = s * akp + c * akq;
        }
        for (let k = 0; k < m; k++) {
          const apk = a[p * m + k] as number;
          const aqk = a[q * m + k] as number;
          a[p * m + k] = c * apk - s * aqk;
          a[q * m + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < m; k++) {
          const vkp = v[k * m + p] as number;
          const vkq = v[k * m + q] as number;
          v[k * m + p] = c * vkp - s * vkq;
          v[k * m + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(m);
  for (let i = 0; i < m; i++) values[i] = a[i * m + i] as number;
  return { values, vectors: v };
}

/**
 * x^power of a symmetric positive semi-definite matrix through its eigen-decomposition; eigenvalues
 * at or below 1e-12 count as zero (a generalised inverse for negative powers), as clubSandwich does.
 */
export function symmetricPower(matrix: ArrayLike<number>, m: number, power: number): Float64Array {
  const { values, vectors } = symmetricEigen(matrix, m);
  const out = new Float64Array(m * m);
  for (let k = 0; k < m; k++) {
    const lambda = values[k] as number;
    if (!(lambda > 1e-12)) continue;
    const f = lambda ** power;
    for (let i = 0; i < m; i++) {
      const vik = (vectors[i * m + k] as number) * f;
      for (let j = 0; j < m; j++)
        out[i * m + j] = (out[i * m + j] as number) + vik * (vectors[j * m + k] as number);
    }
  }
  return out;
}
