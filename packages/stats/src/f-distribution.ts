import { incompleteBetaTails } from "./incomplete-beta.js";

function checkDf(d1: number, d2: number): void {
  if (!(d1 > 0 && d2 > 0)) throw new RangeError(`degrees of freedom must be positive, got ${d1}, ${d2}`);
}

/** P(F > f) for the F distribution with (d1, d2) degrees of freedom: the p-value of an F test. */
export function fUpperTail(f: number, d1: number, d2: number): number {
  checkDf(d1, d2);
  if (Number.isNaN(f)) throw new RangeError("F is NaN");
  if (f <= 0) return 1;
  if (f === Number.POSITIVE_INFINITY) return 0;
  const denominator = d2 + d1 * f;
  return incompleteBetaTails(d2 / denominator, (d1 * f) / denominator, d2 / 2, d1 / 2).lower;
}

/** P(F ≤ f). */
export function fCdf(f: number, d1: number, d2: number): number {
  checkDf(d1, d2);
  if (Number.isNaN(f)) throw new RangeError("F is NaN");
  if (f <= 0) return 0;
  if (f === Number.POSITIVE_INFINITY) return 1;
  const denominator = d2 + d1 * f;
  return incompleteBetaTails(d2 / denominator, (d1 * f) / denominator, d2 / 2, d1 / 2).upper;
}
