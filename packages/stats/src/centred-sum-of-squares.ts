/**
 * Σ(x − x̄)² about the plain mean, or Σw(x − x̄_w)² about the weighted mean when weights are given,
 * in two passes: the one rule behind sample SDs, standardised betas and VIF spreads.
 */
export function centredSumOfSquares(values: ArrayLike<number>, weights?: ArrayLike<number>): number {
  const n = values.length;
  if (weights !== undefined) {
    let sum = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
      sum += (weights[i] as number) * (values[i] as number);
      total += weights[i] as number;
    }
    const mean = sum / total;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const d = (values[i] as number) - mean;
      ss += (weights[i] as number) * d * d;
    }
    return ss;
  }
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
