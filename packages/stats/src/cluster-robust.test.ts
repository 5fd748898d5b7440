import { expectCloseToR, rAvailable, runR, toCsv } from "@maturo/vitest-config/r";
import { describe, expect, it } from "vitest";
import { fitOls, fitOlsColumns, type OlsCoefficient, type OlsModel } from "./ols.js";
import { normal, seededRandom } from "./test-fixtures/seeded-random.js";

/**
 * Respondents nested in organisations: unbalanced clusters (1 to 12 rows, several singletons), a
 * cluster-level predictor, a shared cluster effect and positive weights.
 */
function clusteredData(seed: number, clusters: number) {
  const random = seededRandom(seed);
  const columns = {
    y: [] as number[],
    x1: [] as number[],
    x2: [] as number[],
    x3: [] as number[],
    w: [] as number[],
    g: [] as string[],
  };
  for (let g = 0; g < clusters; g++) {
    const size = g % 5 === 0 ? 1 : 1 + Math.floor(random() * 12);
    const effect = normal(random);
    const x3 = Math.round(random() * 4);
    for (let r = 0; r < size; r++) {
      const x1 = normal(random) + effect / 2;
      const x2 = Math.round(1 + random() * 4);
      columns.x1.push(x1);
      columns.x2.push(x2);
      columns.x3.push(x3);
      columns.y.push(1 + 0.5 * x1 - 0.3 * x2 + 0.2 * x3 + effect + normal(random) * (0.5 + x2 / 4));
      columns.w.push(0.2 + 2.8 * random());
      columns.g.push(`org${String(g).padStart(3, "0")}`);
    }
  }
  return columns;
}

const ORACLE = `
suppressMessages({ library(sandwich); library(clubSandwich); library(jsonlite) })
d <- read.csv("data.csv")
weighted <- file.exists("weighted")
fit <- if (weighted) lm(y ~ x1 + x2 + x3, data = d, weights = w) else lm(y ~ x1 + x2 + x3, data = d)
G <- length(unique(d$g))
s <- summary(fit)
v1 <- vcovCL(fit, cluster = ~g, type = "HC1")
se1 <- sqrt(diag(v1))
t1 <- coef(fit) / se1
ct <- coef_test(fit, vcov = "CR2", cluster = d$g, test = "Satterthwaite")
out <- list(
  G = G,
  estimate = unname(coef(fit)), se = unname(s$coefficients[, 2]), t = unname(s$coefficients[, 3]),
  p = unname(s$coefficients[, 4]), r2 = s$r.squared, adj = s$adj.r.squared, f = unname(s$fstatistic[1]),
  sigma = s$sigma,
  cr1 = list(se = unname(se1), t = unname(t1), p = unname(2 * pt(abs(t1), G - 1, lower.tail = FALSE))),
  cr2 = list(se = ct$SE, df = ct$df_Satt, p = ct$p_Satt)
)
cat(toJSON(out, digits = NA, auto_unbox = TRUE))
`;

interface Oracle {
  G: number;
  estimate: number[];
  se: number[];
  t: number[];
  p: number[];
  r2: number;
  adj: number;
  f: number;
  sigma: number;
  cr1: { se: number[]; t: number[]; p: number[] };
  cr2: { se: number[]; df: number[]; p: number[] };
}

function fit(
  data: ReturnType<typeof clusteredData>,
  clusterType: "cr1" | "cr2",
  weighted: boolean,
): OlsModel {
  const result = fitOls(data, {
    dependent: "y",
    predictors: ["x1", "x2", "x3"],
    cluster: "g",
    clusterType,
    ...(weighted ? { weights: "w" } : {}),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe.skipIf(!rAvailable)("cluster-robust errors and WLS against R (sandwich, clubSandwich, lm)", () => {
  for (const [label, seed, clusters, weighted] of [
    ["OLS, 60 unbalanced clusters with singletons", 11, 60, false],
    ["WLS, 60 unbalanced clusters with singletons", 12, 60, true],
    ["OLS, 9 clusters (few, so the CR2 correction matters)", 13, 9, false],
    ["WLS, 9 clusters", 14, 9, true],
  ] as const) {
    it(`${label}: estimates, SEs, t, p, R², F, CR1 and CR2 with Satterthwaite df to 1e-9`, async () => {
      const data = clusteredData(seed, clusters);
      const r = (await runR(ORACLE, {
        "data.csv": toCsv(data),
        ...(weighted ? { weighted: "" } : {}),
      })) as Oracle;
      const cr1 = fit(data, "cr1", weighted);
      const cr2 = fit(data, "cr2", weighted);
      expect(cr1.clusters).toBe(r.G);
      expect(cr1.weights).toBe(weighted ? "w" : undefined);
      const column = (model: OlsModel, key: keyof OlsCoefficient) =>
        model.coefficients.map((c) => c[key] as number | null);
      const comparisons: [string, (number | null)[], number[]][] = [
        ["estimate", column(cr1, "estimate"), r.estimate],
        ["stdError", column(cr1, "stdError"), r.se],
        ["t", column(cr1, "t"), r.t],
        ["p", column(cr1, "p"), r.p],
        [
          "R², adj. R², F, σ",
          [cr1.rSquared, cr1.adjRSquared, cr1.fStatistic, cr1.residualStdError],
          [r.r2, r.adj, r.f, r.sigma],
        ],
        ["CR1 SE", column(cr1, "clusterStdError"), r.cr1.se],
        ["CR1 t", column(cr1, "clusterT"), r.cr1.t],
        ["CR1 p", column(cr1, "clusterP"), r.cr1.p],
        ["CR1 df", column(cr1, "clusterDf"), r.cr1.se.map(() => r.G - 1)],
        ["CR2 SE", column(cr2, "clusterStdError"), r.cr2.se],
        ["CR2 df", column(cr2, "clusterDf"), r.cr2.df],
        ["CR2 p", column(cr2, "clusterP"), r.cr2.p],
      ];
      for (const [what, ours, theirs] of comparisons) expectCloseToR(ours, theirs, 1e-9, what);
    });
  }
});

describe("cluster and weight options", () => {
  const data = {
    y: [1, 3, 2, 5, 4, 6, 5, 8],
    x: [1, 2, 2, 3, 3, 4, 4, 5],
    twice: [2, 4, 4, 6, 6, 8, 8, 10],
    w: [1, 2, 1, 2, 1, 2, 1, "NA"],
    g: ["a", "a", "b", "b", "c", "c", "", "d"],
  };

  it("drops rows without a cluster or weight, and keeps aliased terms null", () => {
    const fit = fitOls(data, { dependent: "y", predictors: ["x", "twice"], cluster: "g", weights: "w" });
    if (!fit.ok) throw new Error(fit.error.message);
    expect(fit.value).toMatchObject({ n: 6, droppedRows: 2, clusters: 3, clusterType: "cr1", weights: "w" });
    expect(fit.value.coefficients[2]).toMatchObject({
      term: "twice",
      aliased: true,
      clusterStdError: null,
      clusterDf: null,
    });
    expect(fit.value.coefficients[1]?.clusterDf).toBe(2);
  });

  it("gives null errors and a note with a single cluster", () => {
    const fit = fitOls(
      { ...data, g: data.g.map(() => "one") },
      { dependent: "y", predictors: ["x"], cluster: "g", clusterType: "cr2" },
    );
    expect(fit.ok && fit.value.coefficients.map((c) => c.clusterStdError)).toEqual([null, null]);
    expect(fit.ok && fit.value.notes).toContain("cluster-robust errors need at least two clusters (null)");
  });

  it("refuses a weight that is not positive, naming row and column", () => {
    const fit = fitOls(
      { ...data, w: [1, 1, 0, 1, 1, 1, 1, 1] },
      { dependent: "y", predictors: ["x"], weights: "w" },
    );
    expect(!fit.ok && fit.error).toMatchObject({
      row: 3,
      column: "w",
      message: 'row 3, column "w": weight 0 is not positive',
    });
  });
});

describe("fitOlsColumns with clean columns", () => {
  it("refuses a cluster or weight name without its values, rather than silently ignoring it", () => {
    const y = Float64Array.from([1, 2, 4, 3]);
    const x = [Float64Array.from([1, 2, 3, 4])];
    const fit = fitOlsColumns(y, x, { dependent: "y", predictors: ["x"], cluster: "g" });
    expect(!fit.ok && fit.error.message).toBe('"cluster" needs both the column name and its values');
  });
});
