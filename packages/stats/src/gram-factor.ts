import { covarianceMoments } from "./covariance.js";

/**
 * Pivots of the Cholesky factor, relative to the column's own centred sum of squares (one minus
 * its R² on the earlier columns), below which the cross-products are not trusted: the factor
 * from them loses about κ² digits, so this keeps κ of the centred, scaled design near 100 at most
 * and the error of R near 1e-10 at worst; flatter designs go through the tall-skinny QR.
 */
const MIN_RELATIVE_PIVOT = 1e-3;

/**
 * R of [1 | X | y] (row-major, (q + 1) × (q + 1) for the q columns of X and y) from the centred
 * cross-products of one blocked pass (`covarianceMoments`) and their Cholesky factor: half the
 * flops of a QR, for well-conditioned designs only. Undefined where a column has no spread or
 * the design is too close to collinear — the caller then takes the QR.
 */
export function gramFactor(columns: readonly Float64Array[]): Float64Array | undefined {
  const q = columns.length;
  const n = columns[0]?.length ?? 0;
  if (n < 2) return undefined;
  const { means, covariance } = covarianceMoments(columns);
  const scale = Float64Array.from({ length: q }, (_, j) =>
    Math.sqrt((covariance[j * q + j] as number) * (n - 1)),
  );
  if (!scale.every((s) => s > 0 && Number.isFinite(s))) return undefined;
  // Cholesky of the correlation-scaled cross-products, upper triangular U with UᵀU = D⁻¹SD⁻¹.
  const u = new Float64Array(q * q);
  for (let i = 0; i < q; i++) {
    for (let j = i; j < q; j++) {
      let s = ((covariance[i * q + j] as number) * (n - 1)) / ((scale[i] as number) * (scale[j] as number));
      for (let k = 0; k < i; k++) s -= (u[k * q + i] as number) * (u[k * q + j] as number);
      if (i === j) {
        // The response's pivot is its unexplained share: tiny for a near-exact fit, which is fine.
        if (i < q - 1 && !(s >= MIN_RELATIVE_PIVOT)) return undefined;
        u[i * q + i] = Math.sqrt(Math.max(s, 0));
      } else {
        const d = u[i * q + i] as number;
        u[i * q + j] = d > 0 ? s / d : 0;
      }
    }
  }
  const p = q + 1;
  const r = new Float64Array(p * p);
  const root = Math.sqrt(n);
  r[0] = root;
  for (let j = 0; j < q; j++) r[j + 1] = root * (means[j] as number);
  for (let i = 0; i < q; i++) {
    for (let j = i; j < q; j++) r[(i + 1) * p + j + 1] = (u[i * q + j] as number) * (scale[j] as number);
  }
  return r;
}
