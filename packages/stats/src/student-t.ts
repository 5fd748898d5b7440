import { incompleteBetaTails } from "./incomplete-beta.js";

function checkDf(df: number): void {
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be positive, got ${df}`);
}

/** P(T > t) for Student's t with `df` degrees of freedom. */
export function studentTUpperTail(t: number, df: number): number {
  checkDf(df);
  if (Number.isNaN(t)) throw new RangeError("t is NaN");
  if (t === Number.POSITIVE_INFINITY) return 0;
  if (t === Number.NEGATIVE_INFINITY) return 1;
  const t2 = t * t;
  // P(|T| > |t|) = I_{df/(df+t²)}(df/2, 1/2); x and 1 − x are both formed directly.
  const tails = incompleteBetaTails(df / (df + t2), t2 / (df + t2), df / 2, 0.5);
  const half = tails.lower / 2;
  return t >= 0 ? half : 1 - half;
}

/** P(T ≤ t). */
export function studentTCdf(t: number, df: number): number {
  checkDf(df);
  if (t <= 0) return studentTUpperTail(-t, df);
  return 1 - studentTUpperTail(t, df);
}

/** Two-sided p-value P(|T| ≥ |t|). */
export function studentTTwoSidedP(t: number, df: number): number {
  checkDf(df);
  if (Number.isNaN(t)) throw new RangeError("t is NaN");
  if (!Number.isFinite(t)) return 0;
  const t2 = t * t;
  return incompleteBetaTails(df / (df + t2), t2 / (df + t2), df / 2, 0.5).lower;
}
