// Benchmark: OLS on 1,000,000 rows × 14 predictors and Cronbach's alpha on 1,000,000 × 10 items,
// each against a naive baseline measured in the same run. Run: pnpm --filter @maturo/stats bench
import { cronbachAlpha, fitOlsColumns } from "../src/index.js";
import { normal, seededRandom as random } from "../src/test-fixtures/seeded-random.js";

const ROWS = 1_000_000;
const PREDICTORS = 14;
const ITEMS = 10;

function time<T>(run: () => T): { seconds: number; value: T } {
  const start = process.hrtime.bigint();
  const value = run();
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, value };
}

/** Baseline: the normal equations XᵀX b = Xᵀy by Cholesky, the fast and inaccurate textbook way. */
function normalEquations(x: readonly Float64Array[], y: Float64Array): Float64Array {
  const columns = [new Float64Array(y.length).fill(1), ...x];
  const p = columns.length;
  const n = y.length;
  const a = new Float64Array(p * p);
  const b = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    const cj = columns[j] as Float64Array;
    for (let k = j; k < p; k++) {
      const ck = columns[k] as Float64Array;
      let s = 0;
      for (let i = 0; i < n; i++) s += (cj[i] as number) * (ck[i] as number);
      a[j * p + k] = s;
      a[k * p + j] = s;
    }
    let s = 0;
    for (let i = 0; i < n; i++) s += (cj[i] as number) * (y[i] as number);
    b[j] = s;
  }
  for (let j = 0; j < p; j++) {
    let d = a[j * p + j] as number;
    for (let k = 0; k < j; k++) d -= (a[j * p + k] as number) ** 2;
    const l = Math.sqrt(d);
    a[j * p + j] = l;
    for (let i = j + 1; i < p; i++) {
      let s = a[i * p + j] as number;
      for (let k = 0; k < j; k++) s -= (a[i * p + k] as number) * (a[j * p + k] as number);
      a[i * p + j] = s / l;
    }
  }
  const z = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = b[i] as number;
    for (let k = 0; k < i; k++) s -= (a[i * p + k] as number) * (z[k] as number);
    z[i] = s / (a[i * p + i] as number);
  }
  const beta = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let s = z[i] as number;
    for (let k = i + 1; k < p; k++) s -= (a[k * p + i] as number) * (beta[k] as number);
    beta[i] = s / (a[i * p + i] as number);
  }
  return beta;
}

/** Baseline for alpha: one pass of sums and sums of squares per item and for the total. */
function naiveAlpha(items: readonly Float64Array[]): number {
  const n = items[0]?.length ?? 0;
  const k = items.length;
  let sumVar = 0;
  for (const item of items) {
    let s = 0;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const v = item[i] as number;
      s += v;
      ss += v * v;
    }
    sumVar += (ss - (s * s) / n) / (n - 1);
  }
  let s = 0;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    let t = 0;
    for (const item of items) t += item[i] as number;
    s += t;
    ss += t * t;
  }
  const totalVar = (ss - (s * s) / n) / (n - 1);
  return (k / (k - 1)) * (1 - sumVar / totalVar);
}

const next = random(20240101);
const x = Array.from({ length: PREDICTORS }, () => new Float64Array(ROWS));
const y = new Float64Array(ROWS);
const trueBeta = Array.from({ length: PREDICTORS }, (_, j) => (j % 3) - 1 + j / 10);
for (let i = 0; i < ROWS; i++) {
  let value = 2;
  for (let j = 0; j < PREDICTORS; j++) {
    const v = 3 + normal(next) + (j > 0 ? 0.3 * ((x[j - 1] as Float64Array)[i] as number) : 0);
    (x[j] as Float64Array)[i] = v;
    value += (trueBeta[j] as number) * v;
  }
  y[i] = value + normal(next) * 2;
}
const names = x.map((_, j) => `x${j + 1}`);

const baselineOls = time(() => normalEquations(x, y));
const ols = time(() => fitOlsColumns(y, x, { dependent: "y", predictors: names }));
if (!ols.value.ok) throw new Error(ols.value.error.message);
const model = ols.value.value;
const maxDiff = Math.max(
  ...model.coefficients.map((c, j) =>
    Math.abs((c.estimate ?? Number.NaN) - (baselineOls.value[j] as number)),
  ),
);

const items = Array.from({ length: ITEMS }, () => new Float64Array(ROWS));
for (let i = 0; i < ROWS; i++) {
  const latent = normal(next);
  for (let j = 0; j < ITEMS; j++) {
    const raw = Math.round(3 + latent + normal(next));
    (items[j] as Float64Array)[i] = Math.min(5, Math.max(1, raw));
  }
}
const itemNames = items.map((_, j) => `q${j + 1}`);
const itemData = Object.fromEntries(itemNames.map((name, j) => [name, items[j] as Float64Array]));
const baselineAlpha = time(() => naiveAlpha(items));
const alpha = time(() => cronbachAlpha(itemData, { items: itemNames }));
if (!alpha.value.ok) throw new Error(alpha.value.error.message);

const fmt = (s: number): string => `${s.toFixed(3)} s`;
console.log(`OLS ${ROWS.toLocaleString("en")} rows × ${PREDICTORS} predictors (${model.precisionUsed} path)`);
console.log(
  `  pivoted QR + refinement + full inference: ${fmt(ols.seconds)}  (${Math.round(ROWS / ols.seconds).toLocaleString("en")} rows/s)`,
);
console.log(`  baseline normal equations (coefficients only): ${fmt(baselineOls.seconds)}`);
console.log(
  `  ratio QR / baseline: ${(ols.seconds / baselineOls.seconds).toFixed(2)}×; max |Δb| vs baseline ${maxDiff.toExponential(2)}; R² ${model.rSquared?.toFixed(4)}`,
);
console.log(`alpha ${ROWS.toLocaleString("en")} rows × ${ITEMS} items`);
console.log(
  `  cronbachAlpha (two-pass covariances, item statistics): ${fmt(alpha.seconds)}  (${Math.round(ROWS / alpha.seconds).toLocaleString("en")} rows/s)`,
);
console.log(`  baseline one-pass variance sums (alpha only): ${fmt(baselineAlpha.seconds)}`);
console.log(
  `  ratio / baseline: ${(alpha.seconds / baselineAlpha.seconds).toFixed(2)}×; alpha ${alpha.value.value.alpha?.toFixed(6)} vs baseline ${baselineAlpha.value.toFixed(6)}`,
);
console.log(
  JSON.stringify({
    olsSeconds: ols.seconds,
    olsRowsPerSecond: ROWS / ols.seconds,
    olsBaselineSeconds: baselineOls.seconds,
    olsRatio: ols.seconds / baselineOls.seconds,
    alphaSeconds: alpha.seconds,
    alphaRowsPerSecond: ROWS / alpha.seconds,
    alphaBaselineSeconds: baselineAlpha.seconds,
    alphaRatio: alpha.seconds / baselineAlpha.seconds,
  }),
);
