import {
  type DoubleDouble,
  dd,
  ddAdd,
  ddDiv,
  ddMul,
  ddNeg,
  ddSqrt,
  ddSub,
  ddToNumber,
} from "./double-double.js";

/**
 * The result of a Householder QR factorisation with R's (LINPACK dqrdc2) limited column pivoting:
 * columns are taken in their given order, and a column whose remaining norm falls below
 * `tolerance` times its original norm is moved to the end and counts as aliased. This keeps the
 * user's term order and aliases the same terms R's `lm()` aliases, while the tolerance is ours.
 */
export interface PivotedQr {
  /** Number of linearly independent columns. */
  readonly rank: number;
  /** Column indices: the first `rank` are the kept columns in their original order, then the aliased. */
  readonly order: readonly number[];
  /** R (rank × rank, row-major, upper triangular) in double-double. */
  readonly r: readonly DoubleDouble[];
  /** The first `rank` elements of Qᵀy. */
  readonly qty: readonly DoubleDouble[];
}

function rotateToEnd<T>(items: T[], index: number): void {
  const [moved] = items.splice(index, 1);
  if (moved !== undefined) items.push(moved);
}

/**
 * R (rank × rank, row-major) from the Householder-reduced columns — above the diagonal what the
 * reflections left in column j, on it the diagonal they produced — and the first rank elements of Qᵀy.
 */
function triangularFactor<Column>(
  reduced: readonly Column[],
  diagonal: readonly DoubleDouble[],
  reducedY: Column,
  read: (column: Column, i: number) => DoubleDouble,
): { r: DoubleDouble[]; qty: DoubleDouble[] } {
  const rank = diagonal.length;
  const r: DoubleDouble[] = new Array<DoubleDouble>(rank * rank).fill(dd(0));
  for (let j = 0; j < rank; j++) {
    for (let i = 0; i < j; i++) r[i * rank + j] = read(reduced[j] as Column, i);
    r[j * rank + j] = diagonal[j] as DoubleDouble;
  }
  const qty: DoubleDouble[] = [];
  for (let i = 0; i < rank; i++) qty.push(read(reducedY, i));
  return { r, qty };
}

/** Householder QR in double precision; the columns are overwritten. */
export function pivotedQrDouble(
  columns: Float64Array[],
  y: Float64Array,
  originalNorms: readonly number[],
  tolerance: number,
): PivotedQr {
  const n = y.length;
  const p = columns.length;
  const cols = [...columns];
  const order = Array.from({ length: p }, (_, j) => j);
  const rdiag: number[] = [];
  const qy = Float64Array.from(y);
  let live = p;
  let k = 0;
  while (k < live && k < n) {
    const col = cols[k] as Float64Array;
    let ss = 0;
    for (let i = k; i < n; i++) {
      const v = col[i] as number;
      ss += v * v;
    }
    const norm = Math.sqrt(ss);
    if (!(norm > tolerance * (originalNorms[order[k] as number] as number))) {
      rotateToEnd(cols, k);
      rotateToEnd(order, k);
      live--;
      continue;
    }
    const akk = col[k] as number;
    const alpha = akk > 0 ? -norm : norm;
    const v0 = akk - alpha;
    col[k] = v0;
    const vtv = ss - akk * akk + v0 * v0;
    const tau = 2 / vtv;
    for (let j = k + 1; j < live; j++) {
      const cj = cols[j] as Float64Array;
      let dot = 0;
      for (let i = k; i < n; i++) dot += (col[i] as number) * (cj[i] as number);
      const f = tau * dot;
      for (let i = k; i < n; i++) cj[i] = (cj[i] as number) - f * (col[i] as number);
    }
    let doty = 0;
    for (let i = k; i < n; i++) doty += (col[i] as number) * (qy[i] as number);
    const fy = tau * doty;
    for (let i = k; i < n; i++) qy[i] = (qy[i] as number) - fy * (col[i] as number);
    rdiag.push(alpha);
    k++;
  }
  const rank = k;
  const { r, qty } = triangularFactor(cols, rdiag.map(dd), qy, (col, i) => dd(col[i] as number));
  return { rank, order, r, qty };
}

interface DdColumn {
  hi: Float64Array;
  lo: Float64Array;
}

function get(col: DdColumn, i: number): DoubleDouble {
  return { hi: col.hi[i] as number, lo: col.lo[i] as number };
}

function set(col: DdColumn, i: number, value: DoubleDouble): void {
  col.hi[i] = value.hi;
  col.lo[i] = value.lo;
}

/**
 * Householder QR carried out entirely in double-double arithmetic: about 32 digits, so that the
 * error bound κ·u stays far below 1e-7 even for Filip's condition number of ~1e15.
 */
export function pivotedQrDoubleDouble(
  columns: readonly DdColumn[],
  y: DdColumn,
  originalNorms: readonly number[],
  tolerance: number,
): PivotedQr {
  const n = y.hi.length;
  const p = columns.length;
  const cols: DdColumn[] = columns.map((c) => ({ hi: Float64Array.from(c.hi), lo: Float64Array.from(c.lo) }));
  const order = Array.from({ length: p }, (_, j) => j);
  const rdiag: DoubleDouble[] = [];
  const qy: DdColumn = { hi: Float64Array.from(y.hi), lo: Float64Array.from(y.lo) };
  let live = p;
  let k = 0;
  const reflect = (col: DdColumn, tau: DoubleDouble, target: DdColumn, from: number): void => {
    let dot = dd(0);
    for (let i = from; i < n; i++) dot = ddAdd(dot, ddMul(get(col, i), get(target, i)));
    const f = ddMul(tau, dot);
    for (let i = from; i < n; i++) set(target, i, ddSub(get(target, i), ddMul(f, get(col, i))));
  };
  while (k < live && k < n) {
    const col = cols[k] as DdColumn;
    let ss = dd(0);
    for (let i = k; i < n; i++) {
      const v = get(col, i);
      ss = ddAdd(ss, ddMul(v, v));
    }
    const norm = ddSqrt(ss);
    if (!(ddToNumber(norm) > tolerance * (originalNorms[order[k] as number] as number))) {
      rotateToEnd(cols, k);
      rotateToEnd(order, k);
      live--;
      continue;
    }
    const akk = get(col, k);
    const alpha = akk.hi > 0 ? ddNeg(norm) : norm;
    const v0 = ddSub(akk, alpha);
    set(col, k, v0);
    const vtv = ddAdd(ddSub(ss, ddMul(akk, akk)), ddMul(v0, v0));
    const tau = ddDiv(dd(2), vtv);
    for (let j = k + 1; j < live; j++) reflect(col, tau, cols[j] as DdColumn, k);
    reflect(col, tau, qy, k);
    rdiag.push(alpha);
    k++;
  }
  const rank = k;
  const { r, qty } = triangularFactor(cols, rdiag, qy, get);
  return { rank, order, r, qty };
}

export type { DdColumn };
