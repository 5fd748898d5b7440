// Benchmark: OLS on 1,000,000 rows × 14 predictors and Cronbach's alpha on 1,000,000 × 10 items,
// each against a naive baseline measured in the same run; then the research methods (WLS, CR1,
// CR2, raking, ICC, item descriptives, alpha with conditional items) on the same 1,000,000 rows,
// with the OLS fit as their yardstick. Run: pnpm --filter @maturo/stats bench
import {
  conditionalReliability,
  cronbachAlpha,
  fitOlsColumns,
  icc,
  itemDescriptives,
  marginTotals,
  rake,
} from "../src/index.js";
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

// Research methods on the same rows: organisations of 1 to 9 respondents, positive weights.
const weights = Float64Array.from({ length: ROWS }, () => 0.5 + next());
const organisation = new Float64Array(ROWS);
for (let i = 0, id = 0; i < ROWS; id++) {
  const size = 1 + Math.floor(next() * 9);
  for (let r = 0; r < size && i < ROWS; r++, i++) organisation[i] = id;
}
const olsOptions = { dependent: "y", predictors: names } as const;
const timed = (label: string, run: () => { ok: boolean }): number => {
  const result = time(run);
  if (!result.value.ok) throw new Error(`${label} failed`);
  return result.seconds;
};
const wlsSeconds = timed("WLS", () =>
  fitOlsColumns(y, x, { ...olsOptions, weights: "w", weightValues: weights }),
);
const cr1Seconds = timed("CR1", () =>
  fitOlsColumns(y, x, { ...olsOptions, cluster: "organisation", clusterValues: organisation }),
);
const cr2Seconds = timed("CR2", () =>
  fitOlsColumns(y, x, {
    ...olsOptions,
    cluster: "organisation",
    clusterType: "cr2",
    clusterValues: organisation,
  }),
);
const clusters = organisation[ROWS - 1] as number;
const provinces = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen"];
const sizes = ["small", "medium", "large", "xl"];
const strata = (skew: number) => {
  const province: string[] = [];
  const size: string[] = [];
  for (let i = 0; i < ROWS; i++) {
    const p = Math.floor(next() ** skew * provinces.length);
    province.push(provinces[p] as string);
    size.push(
      sizes[Math.min(sizes.length - 1, Math.floor(next() ** (skew + p / 4) * sizes.length))] as string,
    );
  }
  return { province, size };
};
const populationMargins = marginTotals(strata(1), ["province", "size"]);
if (!populationMargins.ok) throw new Error(populationMargins.error.message);
const sampleStrata = strata(1.5);
const raking = time(() => rake(sampleStrata, { margins: populationMargins.value }));
if (!raking.value.ok) throw new Error(raking.value.error.message);
const iccSeconds = timed("ICC", () => icc({ organisation, y }, { group: "organisation", variables: ["y"] }));
const itemSeconds = timed("item descriptives", () =>
  itemDescriptives(items[0] as Float64Array, "q1", { points: [1, 2, 3, 4, 5], positive: [4, 5] }),
);
const filtered = Float64Array.from(items[9] as Float64Array, (v, i) =>
  (organisation[i] as number) % 3 === 0 ? v : Number.NaN,
);
const conditionalSeconds = timed("conditional alpha", () =>
  conditionalReliability({ ...itemData, q10: filtered }, { items: itemNames, conditional: ["q10"] }),
);
console.log(
  `research methods on ${ROWS.toLocaleString("en")} rows (${clusters.toLocaleString("en")} organisations)`,
);
const perRow = (seconds: number): string =>
  `${fmt(seconds)}  (${Math.round(ROWS / seconds).toLocaleString("en")} rows/s, ${(seconds / ols.seconds).toFixed(2)}× the OLS fit)`;
console.log(`  WLS × ${PREDICTORS} predictors: ${perRow(wlsSeconds)}`);
console.log(`  OLS + CR1 clustered errors: ${perRow(cr1Seconds)}`);
console.log(`  OLS + CR2 with Satterthwaite df: ${perRow(cr2Seconds)}`);
console.log(
  `  raking to 2 margins: ${perRow(raking.seconds)}; ${raking.value.value.iterations} passes, converged ${raking.value.value.converged}`,
);
console.log(`  ICC(1)/ICC(2): ${perRow(iccSeconds)}`);
console.log(`  item descriptives (one item): ${perRow(itemSeconds)}`);
console.log(`  alpha with a conditional item (two figures): ${perRow(conditionalSeconds)}`);
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
    wlsSeconds,
    cr1Seconds,
    cr2Seconds,
    rakeSeconds: raking.seconds,
    rakeIterations: raking.value.value.iterations,
    iccSeconds,
    itemDescriptivesSeconds: itemSeconds,
    conditionalAlphaSeconds: conditionalSeconds,
  }),
);
