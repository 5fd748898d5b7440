import { type DoubleDouble, dd, ddAdd, ddDiv, ddMul, ddSub } from "./double-double.js";

/** Inverse of an upper-triangular matrix (row-major, size m) in double-double. */
export function invertUpper(r: readonly DoubleDouble[], m: number): DoubleDouble[] {
  const inv: DoubleDouble[] = new Array<DoubleDouble>(m * m).fill(dd(0));
  for (let j = 0; j < m; j++) {
    inv[j * m + j] = ddDiv(dd(1), r[j * m + j] as DoubleDouble);
    for (let i = j - 1; i >= 0; i--) {
      let s = dd(0);
      for (let k = i + 1; k <= j; k++)
        s = ddAdd(s, ddMul(r[i * m + k] as DoubleDouble, inv[k * m + j] as DoubleDouble));
      inv[i * m + j] = ddDiv(ddSub(dd(0), s), r[i * m + i] as DoubleDouble);
    }
  }
  return inv;
}

/** Solves R x = b for upper-triangular R (row-major, size m) in double-double. */
export function backSolve(r: readonly DoubleDouble[], b: readonly DoubleDouble[], m: number): DoubleDouble[] {
  const x: DoubleDouble[] = new Array<DoubleDouble>(m).fill(dd(0));
  for (let i = m - 1; i >= 0; i--) {
    let s = b[i] as DoubleDouble;
    for (let k = i + 1; k < m; k++) s = ddSub(s, ddMul(r[i * m + k] as DoubleDouble, x[k] as DoubleDouble));
    x[i] = ddDiv(s, r[i * m + i] as DoubleDouble);
  }
  return x;
}

/** Frobenius norm of a matrix from the high parts of its entries. */
export function frobenius(matrix: readonly DoubleDouble[]): number {
  let ss = 0;
  for (const v of matrix) ss += v.hi * v.hi;
  return Math.sqrt(ss);
}

/** Solves Rᵀ x = b for upper-triangular R (row-major, size m) in double-double. */
export function forwardSolveTransposed(
  r: readonly DoubleDouble[],
  b: ArrayLike<number>,
  m: number,
): DoubleDouble[] {
  const x: DoubleDouble[] = new Array<DoubleDouble>(m).fill(dd(0));
  for (let i = 0; i < m; i++) {
    let s = dd(b[i] as number);
    for (let k = 0; k < i; k++) s = ddSub(s, ddMul(r[k * m + i] as DoubleDouble, x[k] as DoubleDouble));
    x[i] = ddDiv(s, r[i * m + i] as DoubleDouble);
  }
  return x;
}
