// Benchmark: OLS on 1,000,000 rows × 14 predictors and Cronbach's alpha on 1,000,000 × 10 items,
// each against the strong reference measured in the same run — numpy (bench/reference.py, with
// Debian's /usr/bin/python3) and R's lm + summary (bench/reference.R) on the same shapes, skipped
// with a notice when missing — and the ratio; then the research methods (WLS, CR1, CR2, raking,
// ICC, item descriptives, alpha with conditional items) on the same 1,000,000 rows, with the OLS
// fit as their yardstick. Times are medians of 3 of the process CPU time (the machine is shared).
// Run: pnpm --filter @maturo/stats bench
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEBIAN_PYTHON, runReference, medianTimes as time } from "@maturo/bench-tools";
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

const REPEATS = 3;
const here = dirname(fileURLToPath(import.meta.url));

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

const ols = time(() => fitOlsColumns(y, x, { dependent: "y", predictors: names }), REPEATS);
if (!ols.value.ok) throw new Error(ols.value.error.message);
const model = ols.value.value;

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
const alpha = time(() => cronbachAlpha(itemData, { items: itemNames }), REPEATS);
if (!alpha.value.ok) throw new Error(alpha.value.error.message);

interface NumpyFigures {
  numpy: string;
  blas: string;
  lstsqSeconds: number;
  lstsqWallSeconds: number;
  qrSeconds: number;
  qrWallSeconds: number;
  alphaSeconds: number;
  alphaWallSeconds: number;
  alpha: number;
}
const numpy = runReference<NumpyFigures>(
  DEBIAN_PYTHON,
  ["-c", "import numpy"],
  [join(here, "reference.py"), String(ROWS), String(PREDICTORS), String(ITEMS), String(REPEATS)],
  "install Debian's python3-numpy",
);
const r = runReference<{ lmSummarySeconds: number; r: string }>(
  "Rscript",
  ["--version"],
  [join(here, "reference.R"), String(ROWS), String(PREDICTORS), String(REPEATS)],
  "install Debian's r-base-core",
);

const fmt = (s: number): string => `${s.toFixed(3)} s`;
const ratio = (ours: number, theirs: number): string => `${(ours / theirs).toFixed(2)}×`;
const met = (ok: boolean): string => (ok ? "met" : "NOT met");
console.log(
  `OLS ${ROWS.toLocaleString("en")} rows × ${PREDICTORS} predictors (${model.precisionUsed} path), median of ${REPEATS} CPU times`,
);
console.log(
  `  fitOlsColumns (one blocked pass for R, refinement, full inference): ${fmt(ols.seconds)} (wall ${fmt(ols.wallSeconds)}); R² ${model.rSquared?.toFixed(4)}`,
);
if (typeof numpy === "string") console.log(`  numpy: ${numpy}`);
else {
  console.log(
    `  numpy ${numpy.numpy} (BLAS: ${numpy.blas}) lstsq: ${fmt(numpy.lstsqSeconds)} (wall ${fmt(numpy.lstsqWallSeconds)}); qr(mode="r") of [X|y]: ${fmt(numpy.qrSeconds)} (wall ${fmt(numpy.qrWallSeconds)})`,
  );
  console.log(
    `  ratio ours / numpy lstsq: ${ratio(ols.seconds, numpy.lstsqSeconds)} (target ≤ 1.00×: ${met(ols.seconds <= numpy.lstsqSeconds)}); ours / numpy qr: ${ratio(ols.seconds, numpy.qrSeconds)}`,
  );
}
if (typeof r === "string") console.log(`  R: ${r}`);
else {
  console.log(
    `  ${r.r} lm + summary: ${fmt(r.lmSummarySeconds)}; ratio ours / R: ${ratio(ols.seconds, r.lmSummarySeconds)}`,
  );
}
console.log(`alpha ${ROWS.toLocaleString("en")} rows × ${ITEMS} items, median of ${REPEATS} CPU times`);
console.log(
  `  cronbachAlpha (covariances in one blocked pass, item statistics): ${fmt(alpha.seconds)} (wall ${fmt(alpha.wallSeconds)}); alpha ${alpha.value.value.alpha?.toFixed(6)}`,
);
if (typeof numpy === "string") console.log(`  numpy: ${numpy}`);
else {
  console.log(
    `  numpy cov + alpha: ${fmt(numpy.alphaSeconds)} (wall ${fmt(numpy.alphaWallSeconds)}); alpha ${numpy.alpha.toFixed(6)} (its own random data)`,
  );
  console.log(
    `  ratio ours / numpy: ${ratio(alpha.seconds, numpy.alphaSeconds)} (target ≤ 1.50×: ${met(alpha.seconds <= 1.5 * numpy.alphaSeconds)})`,
  );
}

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
    numpyLstsqSeconds: typeof numpy === "string" ? null : numpy.lstsqSeconds,
    olsRatioToNumpy: typeof numpy === "string" ? null : ols.seconds / numpy.lstsqSeconds,
    rLmSummarySeconds: typeof r === "string" ? null : r.lmSummarySeconds,
    alphaSeconds: alpha.seconds,
    alphaRowsPerSecond: ROWS / alpha.seconds,
    numpyAlphaSeconds: typeof numpy === "string" ? null : numpy.alphaSeconds,
    alphaRatioToNumpy: typeof numpy === "string" ? null : alpha.seconds / numpy.alphaSeconds,
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
