import { expectCloseToR, rAvailable, runR, toCsv } from "@maturo/vitest-config/r";
import { describe, expect, it } from "vitest";
import { marginTotals, rake } from "./rake.js";
import { seededRandom } from "./test-fixtures/seeded-random.js";

const PROVINCES = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen"];
const SIZES = ["small", "medium", "large", "xl"];

/**
 * A population and a sample whose response depends strongly on province and size together, so
 * the two margins pull against each other and raking needs many passes.
 */
function survey(seed: number) {
  const random = seededRandom(seed);
  const population = { id: [] as number[], province: [] as string[], size_class: [] as string[] };
  const sample = { id: [] as number[], province: [] as string[], size_class: [] as string[] };
  for (let i = 0; i < 600; i++) {
    const p = Math.floor(random() * PROVINCES.length);
    const s = Math.min(SIZES.length - 1, Math.floor(random() ** 1.6 * SIZES.length));
    population.id.push(i);
    population.province.push(PROVINCES[p] as string);
    population.size_class.push(SIZES[s] as string);
    const response = p === s ? 0.9 : p + s > 5 ? 0.08 : 0.3;
    if (random() < response) {
      sample.id.push(i);
      sample.province.push(PROVINCES[p] as string);
      sample.size_class.push(SIZES[s] as string);
    }
  }
  return { population, sample };
}

const ORACLE = `
suppressMessages(library(survey))
s <- read.csv("sample.csv"); p <- read.csv("population.csv")
d <- svydesign(ids = ~1, data = s, weights = rep(1, nrow(s)))
margins <- list(as.data.frame(table(province = p$province)), as.data.frame(table(size_class = p$size_class)))
maxit <- as.numeric(readLines("maxit"))
converged <- TRUE
r <- withCallingHandlers(
  rake(d, list(~province, ~size_class), margins, control = list(maxit = maxit, epsilon = 1e-12)),
  warning = function(w) { converged <<- FALSE; invokeRestart("muffleWarning") })
cat(jsonlite::toJSON(list(weights = unname(weights(r)), converged = converged), digits = NA, auto_unbox = TRUE))
`;

describe("raking to population margins", () => {
  it("meets both margins and reports convergence", () => {
    const { population, sample } = survey(41);
    const margins = marginTotals(population, ["province", "size_class"]);
    if (!margins.ok) throw new Error(margins.error.message);
    const result = rake(sample, { margins: margins.value });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.converged).toBe(true);
    expect(result.value.iterations).toBeGreaterThan(10);
    for (const margin of margins.value) {
      for (const [level, total] of Object.entries(margin.totals)) {
        let sum = 0;
        sample[margin.variable as "province"].forEach((v, i) => {
          if (v === level) sum += result.value.weights[i] as number;
        });
        expect(sum).toBeCloseTo(total, 9);
      }
    }
  });

  it("reports no convergence when the margins disagree on the total", () => {
    const sample = { a: ["x", "y", "x"], b: ["u", "u", "v"] };
    const result = rake(sample, {
      margins: [
        { variable: "a", totals: { x: 10, y: 10 } },
        { variable: "b", totals: { u: 15, v: 15 } },
      ],
    });
    expect(result.ok && { iterations: result.value.iterations, converged: result.value.converged }).toEqual({
      iterations: 100,
      converged: false,
    });
  });

  it("names a sample level the population lacks, and a population level nobody in the sample has", () => {
    const unknown = rake({ a: ["x", "z"] }, { margins: [{ variable: "a", totals: { x: 3 } }] });
    expect(!unknown.ok && unknown.error.message).toBe(
      'row 2, column "a": "z" does not occur in the population',
    );
    const absent = rake({ a: ["x", "x"] }, { margins: [{ variable: "a", totals: { x: 3, y: 2 } }] });
    expect(!absent.ok && absent.error.code).toBe("NO_ROWS");
  });

  it.skipIf(!rAvailable)(
    "equals survey::rake(maxit = 100, epsilon = 1e-12) with unit starting weights to 1e-9, and converges in as many passes",
    async () => {
      const { population, sample } = survey(41);
      const margins = marginTotals(population, ["province", "size_class"]);
      if (!margins.ok) throw new Error(margins.error.message);
      const full = rake(sample, { margins: margins.value });
      if (!full.ok) throw new Error(full.error.message);
      // R converges within the same pass: one pass fewer does not, and a few passes are far off.
      for (const maxit of [100, full.value.iterations - 1, 3]) {
        const ours = rake(sample, { margins: margins.value, maxIterations: maxit });
        if (!ours.ok) throw new Error(ours.error.message);
        const r = (await runR(ORACLE, {
          "sample.csv": toCsv(sample),
          "population.csv": toCsv(population),
          maxit: String(maxit),
        })) as { weights: number[]; converged: boolean };
        expect(ours.value.converged, `maxit ${maxit}`).toBe(r.converged);
        expectCloseToR(ours.value.weights, r.weights, 1e-9, `weights after at most ${maxit} passes`);
      }
    },
  );
});
