import {
  type DoubleDouble,
  dd,
  ddAdd,
  ddDiv,
  ddMul,
  ddMulNumber,
  ddNeg,
  ddSub,
  ddToNumber,
  twoProd,
} from "./double-double.js";
import { stirlingCorrection } from "./log-gamma.js";

/** I_x(a, b) and its complement 1 − I_x(a, b) = I_{1−x}(b, a), each to full relative accuracy. */
export interface BetaTails {
  readonly lower: number;
  readonly upper: number;
}

const TWO_PI = 2 * Math.PI;
const MAX_ITERATIONS = 1_000_000;
const EPSILON = 1e-16;
const TINY = 1e-300;

/**
 * φ(t) = t − 1 − ln t ≥ 0 given both u = t − 1 (accurate absolutely) and t (accurate relatively):
 * the series in u avoids cancellation near t = 1, ln t keeps small t exact.
 */
function logComplement(u: number, t: number): number {
  if (Math.abs(u) > 0.5) return u - Math.log(t);
  // u²/2 − u³/3 + u⁴/4 − …
  let term = u * u;
  let sum = 0;
  for (let k = 2; k < 200; k++) {
    const t = term / k;
    sum += k % 2 === 0 ? t : -t;
    if (Math.abs(t) <= 1e-17 * Math.abs(sum)) break;
    term *= u;
  }
  return sum;
}

/**
 * xᵃ yᵇ / B(a, b) with y = 1 − x, written as
 *   √(ab / (2π(a + b))) · exp(−a·φ(x/x₀) − b·φ(y/y₀) − μ(a) − μ(b) + μ(a + b)),   x₀ = a/(a + b),
 * so that no large logarithms cancel (the naive a ln x + b ln y − ln B(a, b) loses about
 * log10(a + b) digits). x/x₀ − 1 = (xb − ya)/a is formed with exact two-products.
 */
function betaPrefactor(x: number, y: number, a: number, b: number): number {
  // d = xb − ya, formed from the smaller of x and y (the one that carries the information).
  const d =
    x <= y
      ? ddToNumber(ddSub(ddAdd(twoProd(x, a), twoProd(x, b)), dd(a)))
      : ddToNumber(ddSub(dd(b), ddAdd(twoProd(y, a), twoProd(y, b))));
  const exponent =
    a * logComplement(d / a, (x * (a + b)) / a) +
    b * logComplement(-d / b, (y * (a + b)) / b) +
    stirlingCorrection(a) +
    stirlingCorrection(b) -
    stirlingCorrection(a + b);
  return Math.sqrt((a * b) / (TWO_PI * (a + b))) * Math.exp(-exponent);
}

function ddAbs(v: DoubleDouble): number {
  return Math.abs(v.hi);
}

function guard(v: DoubleDouble): DoubleDouble {
  return ddAbs(v) < TINY ? dd(TINY) : v;
}

/**
 * The continued fraction for I_x(a, b) · a / prefactor, by the modified Lentz method carried out
 * in double-double: for large a and x close to 1 (t and F tests with many degrees of freedom)
 * each step 1 + aa·d cancels to a few digits, which double precision cannot afford.
 */
function continuedFraction(x: number, y: number, a: number, b: number): number {
  const A = dd(a);
  const B = dd(b);
  const qab = ddAdd(A, B);
  const qap = ddAdd(A, dd(1));
  // 1 − (a + b)x/(a + 1): the numerator (a + 1) − (a + b)x formed from y = 1 − x when that is smaller.
  const numerator =
    x <= y
      ? ddSub(qap, ddAdd(twoProd(x, a), twoProd(x, b)))
      : ddAdd(ddSub(dd(1), B), ddAdd(twoProd(y, a), twoProd(y, b)));
  let c = dd(1);
  let d = ddDiv(dd(1), guard(ddDiv(numerator, qap)));
  let h = d;
  const one = dd(1);
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    const am2 = ddAdd(A, dd(m2));
    // even step: m(b − m)x / ((a + 2m − 1)(a + 2m))
    let aa = ddDiv(ddMulNumber(ddMulNumber(ddSub(B, dd(m)), m), x), ddMul(ddSub(am2, one), am2));
    d = ddDiv(one, guard(ddAdd(one, ddMul(aa, d))));
    c = guard(ddAdd(one, ddDiv(aa, c)));
    h = ddMul(h, ddMul(d, c));
    // odd step: −(a + m)(a + b + m)x / ((a + 2m)(a + 2m + 1))
    aa = ddNeg(ddDiv(ddMulNumber(ddMul(ddAdd(A, dd(m)), ddAdd(qab, dd(m))), x), ddMul(am2, ddAdd(am2, one))));
    d = ddDiv(one, guard(ddAdd(one, ddMul(aa, d))));
    c = guard(ddAdd(one, ddDiv(aa, c)));
    const del = ddMul(d, c);
    h = ddMul(h, del);
    if (Math.abs(ddToNumber(ddSub(del, one))) <= EPSILON) return ddToNumber(h);
  }
  throw new Error(`incomplete beta continued fraction did not converge (x=${x}, a=${a}, b=${b})`);
}

/**
 * The regularised incomplete beta function and its complement, given x and y = 1 − x separately
 * so a caller that knows y exactly (p-values of t and F) loses nothing to 1 − x. Whichever tail is
 * evaluated by the continued fraction is accurate to about 1e-14 relative; the other is 1 − it,
 * which is accurate wherever it is not tiny.
 */
export function incompleteBetaTails(x: number, y: number, a: number, b: number): BetaTails {
  if (!(a > 0 && b > 0) || !Number.isFinite(a) || !Number.isFinite(b)) {
    throw new RangeError(`incomplete beta needs finite a, b > 0, got a=${a}, b=${b}`);
  }
  if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
    throw new RangeError(`incomplete beta needs 0 ≤ x ≤ 1, got x=${x}`);
  }
  if (x === 0) return { lower: 0, upper: 1 };
  if (y === 0) return { lower: 1, upper: 0 };
  if (x < (a + 1) / (a + b + 2)) {
    const lower = (betaPrefactor(x, y, a, b) * continuedFraction(x, y, a, b)) / a;
    return { lower, upper: 1 - lower };
  }
  const upper = (betaPrefactor(y, x, b, a) * continuedFraction(y, x, b, a)) / b;
  return { lower: 1 - upper, upper };
}

/** I_x(a, b), the regularised incomplete beta function. */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  return incompleteBetaTails(x, 1 - x, a, b).lower;
}
