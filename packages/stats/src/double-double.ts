/**
 * Double-double arithmetic: a value is the unevaluated sum `hi + lo` of two doubles with
 * |lo| <= ulp(hi) / 2, giving about 32 significant decimal digits. Used where a double loses the
 * digits that matter: near-singular least squares (NIST Filip), residuals of near-exact fits and
 * the cancellation inside the incomplete beta prefactor. JavaScript has no fused multiply-add, so
 * products are split with Dekker's method.
 */
export interface DoubleDouble {
  readonly hi: number;
  readonly lo: number;
}

/** Dekker's splitting constant, 2^27 + 1: splits a double into two halves of 26 bits. */
export const SPLITTER = 134217729;

export const DD_ZERO: DoubleDouble = { hi: 0, lo: 0 };

export function dd(value: number): DoubleDouble {
  return { hi: value, lo: 0 };
}

/** Exact sum of two doubles as a double-double (Knuth's two-sum). */
export function twoSum(a: number, b: number): DoubleDouble {
  const s = a + b;
  const bb = s - a;
  return { hi: s, lo: a - (s - bb) + (b - bb) };
}

/**
 * The rounding error of the double product `p = a * b` (Dekker's method): a·b = p + error exactly.
 * A plain number, so that hot loops can take it without allocating a double-double.
 */
export function twoProductError(a: number, b: number, p: number): number {
  const ca = SPLITTER * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLITTER * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/** Exact product of two doubles as a double-double (Dekker's two-product). */
export function twoProd(a: number, b: number): DoubleDouble {
  const p = a * b;
  return { hi: p, lo: twoProductError(a, b, p) };
}

function renormalise(hi: number, lo: number): DoubleDouble {
  const s = hi + lo;
  return { hi: s, lo: lo - (s - hi) };
}

export function ddAdd(a: DoubleDouble, b: DoubleDouble): DoubleDouble {
  const s = a.hi + b.hi;
  const bb = s - a.hi;
  const e = a.hi - (s - bb) + (b.hi - bb);
  const t = a.lo + b.lo;
  const tb = t - a.lo;
  const f = a.lo - (t - tb) + (b.lo - tb);
  const r1 = renormalise(s, e + t);
  return renormalise(r1.hi, r1.lo + f);
}

export function ddNeg(a: DoubleDouble): DoubleDouble {
  return { hi: -a.hi, lo: -a.lo };
}

export function ddSub(a: DoubleDouble, b: DoubleDouble): DoubleDouble {
  return ddAdd(a, ddNeg(b));
}

export function ddMul(a: DoubleDouble, b: DoubleDouble): DoubleDouble {
  const p = twoProd(a.hi, b.hi);
  return renormalise(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

export function ddMulNumber(a: DoubleDouble, b: number): DoubleDouble {
  const p = twoProd(a.hi, b);
  return renormalise(p.hi, p.lo + a.lo * b);
}

export function ddDiv(a: DoubleDouble, b: DoubleDouble): DoubleDouble {
  const q1 = a.hi / b.hi;
  let r = ddSub(a, ddMulNumber(b, q1));
  const q2 = r.hi / b.hi;
  r = ddSub(r, ddMulNumber(b, q2));
  const q3 = r.hi / b.hi;
  const q = renormalise(q1, q2);
  return ddAdd(q, dd(q3));
}

export function ddSqrt(a: DoubleDouble): DoubleDouble {
  if (a.hi <= 0) return DD_ZERO;
  const s = Math.sqrt(a.hi);
  // One Newton step from the double square root doubles the number of correct digits.
  const residual = ddSub(a, twoProd(s, s));
  return renormalise(s, residual.hi / (2 * s));
}

export function ddToNumber(a: DoubleDouble): number {
  return a.hi + a.lo;
}

/** Exactly scale by a power of two (no rounding). */
export function ddScale(a: DoubleDouble, powerOfTwo: number): DoubleDouble {
  return { hi: a.hi * powerOfTwo, lo: a.lo * powerOfTwo };
}

/** Sum of doubles accumulated in double-double precision. */
export function ddSum(values: ArrayLike<number>): DoubleDouble {
  let acc = DD_ZERO;
  for (let i = 0; i < values.length; i++) acc = ddAdd(acc, dd(values[i] ?? 0));
  return acc;
}

/** Neumaier's compensated sum: nearly the accuracy of double-double at a fraction of the cost. */
export function compensatedSum(values: ArrayLike<number>): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? 0;
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + compensation;
}
