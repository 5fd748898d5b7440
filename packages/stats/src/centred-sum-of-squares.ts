/** Σ(x − x̄)² about the plain mean, in two passes (the one rule behind sample SDs and VIF spreads). */
export function centredSumOfSquares(values: ArrayLike<number>): number {
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i] as number;
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = (values[i] as number) - mean;
    ss += d * d;
  }
  return ss;
}
