const HALF_LOG_TWO_PI = 0.9189385332046728; // ½ ln 2π

// Coefficients B_{2k} / (2k (2k − 1)) of the Stirling series.
const STIRLING = [
  1 / 12,
  -1 / 360,
  1 / 1260,
  -1 / 1680,
  1 / 1188,
  -691 / 360360,
  1 / 156,
  -3617 / 122400,
] as const;

/**
 * Stirling's correction μ(z) = ln Γ(z) − [(z − ½) ln z − z + ½ ln 2π] for z > 0. It is small and
 * smooth, so it carries ln Γ's information without the large terms that cancel: the incomplete
 * beta prefactor uses it to stay accurate for large parameters.
 */
export function stirlingCorrection(z: number): number {
  if (!(z > 0)) throw new RangeError(`stirlingCorrection needs z > 0, got ${z}`);
  if (z >= 10) {
    const inv = 1 / z;
    const inv2 = inv * inv;
    let sum = 0;
    let power = inv;
    for (const c of STIRLING) {
      sum += c * power;
      power *= inv2;
    }
    return sum;
  }
  // Shift up by n ≥ 1 so the series applies: Γ(z) = Γ(z + n) / [z (z + 1) … (z + n − 1)].
  const n = Math.ceil(10 - z);
  const w = z + n;
  let product = 1;
  for (let k = 0; k < n; k++) product *= z + k;
  return stirlingCorrection(w) + (w - 0.5) * Math.log(w) - (z - 0.5) * Math.log(z) - n - Math.log(product);
}

/** ln Γ(z) for z > 0. */
export function logGamma(z: number): number {
  if (!(z > 0)) throw new RangeError(`logGamma needs z > 0, got ${z}`);
  if (z < 0.5) {
    // Γ(z) = Γ(z + 1) / z keeps small arguments away from the ln z term's cancellation.
    return logGamma(z + 1) - Math.log(z);
  }
  return (z - 0.5) * Math.log(z) - z + HALF_LOG_TWO_PI + stirlingCorrection(z);
}

/** ln B(a, b) for a, b > 0. */
export function logBeta(a: number, b: number): number {
  if (!(a > 0 && b > 0)) throw new RangeError(`logBeta needs a, b > 0, got ${a}, ${b}`);
  const s = a + b;
  return (
    HALF_LOG_TWO_PI +
    (a - 0.5) * Math.log(a) +
    (b - 0.5) * Math.log(b) -
    (s - 0.5) * Math.log(s) +
    stirlingCorrection(a) +
    stirlingCorrection(b) -
    stirlingCorrection(s)
  );
}
