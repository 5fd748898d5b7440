import { incompleteBetaTails } from "./incomplete-beta.js";

/** P(F ≤ f) and P(F > f), from one incomplete beta: both public functions read this one rule. */
function fTails(f: number, d1: number, d2: number): { readonly below: number; readonly above: number } {
  if (!(d1 > 0 && d2 > 0)) throw new RangeError(`degrees of freedom must be positive, got ${d1}, ${d2}`);
  if (Number.isNaN(f)) throw new RangeError("F is NaN");
  if (f <= 0) return { below: 0, above: 1 };
  if (f === Number.POSITIVE_INFINITY) return { below: 1, above: 0 };
  const denominator = d2 + d1 * f;
  const tails = incompleteBetaTails(d2 / denominator, (d1 * f) / denominator, d2 / 2, d1 / 2);
  return { below: tails.upper, above: tails.lower };
}

/** P(F > f) for the F distribution with (d1, d2) degrees of freedom: the p-value of an F test. */
export function fUpperTail(f: number, d1: number, d2: number): number {
  return fTails(f, d1, d2).above;
}

/** P(F ≤ f). */
export function fCdf(f: number, d1: number, d2: number): number {
  return fTails(f, d1, d2).below;
}
