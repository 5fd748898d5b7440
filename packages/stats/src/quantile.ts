/** Lower quartile, median and upper quartile of a set of values. */
export interface Quartiles {
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
}

/**
 * The `p` quantile of ascending `sorted` values by Hyndman & Fan's type 7 (R's `quantile` default):
 * h = (n − 1)·p, interpolating linearly between the values around h. Null for no values.
 */
export function quantile(sorted: readonly number[], p: number): number | null {
  const n = sorted.length;
  if (n === 0 || !(p >= 0 && p <= 1)) return null;
  const h = (n - 1) * p;
  const lower = Math.floor(h);
  const below = sorted[lower] as number;
  const above = sorted[Math.min(lower + 1, n - 1)] as number;
  return below + (h - lower) * (above - below);
}

/** Quartiles (type 7, as R's `quantile(x, c(.25, .5, .75))`) of the finite values; null for none. */
export function quartiles(values: readonly number[]): Quartiles | null {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const q1 = quantile(sorted, 0.25);
  const median = quantile(sorted, 0.5);
  const q3 = quantile(sorted, 0.75);
  return q1 === null || median === null || q3 === null ? null : { q1, median, q3 };
}
