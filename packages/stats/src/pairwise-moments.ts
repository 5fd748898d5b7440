/** Sums of one pair of columns over the rows where both are present (NaN marks missing). */
export interface PairwiseMoments {
  readonly n: number;
  readonly meanX: number;
  readonly meanY: number;
  /** Σ(x − x̄)(y − ȳ), Σ(x − x̄)² and Σ(y − ȳ)², each about the pair's own means (two-pass). */
  readonly sxy: number;
  readonly sxx: number;
  readonly syy: number;
}

/**
 * The one rule behind pairwise covariances and Pearson correlations (R's
 * `use = "pairwise.complete.obs"`): each pair uses its own complete rows and its own means.
 */
export function pairwiseMoments(x: ArrayLike<number>, y: ArrayLike<number>): PairwiseMoments {
  let n = 0;
  let meanX = 0;
  let meanY = 0;
  forEachPair(x, y, (a, b) => {
    n++;
    meanX += a;
    meanY += b;
  });
  meanX /= n;
  meanY /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  forEachPair(x, y, (a, b) => {
    const da = a - meanX;
    const db = b - meanY;
    sxy += da * db;
    sxx += da * da;
    syy += db * db;
  });
  return { n, meanX, meanY, sxy, sxx, syy };
}

/** Calls `visit` with the two values of every row where both are present. */
function forEachPair(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  visit: (a: number, b: number) => void,
): void {
  for (let i = 0; i < x.length; i++) {
    const a = x[i] as number;
    const b = y[i] as number;
    if (!(Number.isNaN(a) || Number.isNaN(b))) visit(a, b);
  }
}
