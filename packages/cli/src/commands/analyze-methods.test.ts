import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expectCloseToR, rAvailable, runR } from "@maturo/vitest-config/r";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli.js";
import { captureIo } from "../test-fixtures/capture-io.js";

const dir = mkdtempSync(join(tmpdir(), "maturo-methods-"));

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo(dir);
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

/** A deterministic value in [0, 1) for position i of stream s (no state, so rows do not shift). */
function hash(i: number, s: number): number {
  const x = Math.sin(i * 12.9898 + s * 78.233) * 43758.5453;
  return x - Math.floor(x);
}

const PROVINCES = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen"];
const SIZES = ["large", "medium", "small"];

/**
 * Respondents nested in 70 organisations of 1 to 6 respondents (every seventh a singleton), a
 * director first; unequal coverage by province and size so raking needs many passes; a few
 * missing answers. Written as Belgian Excel saves it: semicolons and decimal commas.
 */
function respondents(): { csv: string } {
  const lines = ["respondent_id;organisation_id;role;province;size_class;y;x1;x2"];
  let r = 0;
  for (let g = 0; g < 70; g++) {
    const province = PROVINCES[Math.min(4, Math.floor(hash(g, 1) ** 1.6 * 5))] as string;
    const size = SIZES[Math.floor(hash(g, 2) * 3)] as string;
    const effect = hash(g, 3) * 2 - 1;
    const count = g % 7 === 0 ? 1 : 1 + Math.floor(hash(g, 4) * 6);
    for (let k = 0; k < count; k++, r++) {
      const role = k === 0 ? "director" : k % 2 === 1 ? "manager" : "staff";
      const x1 = (hash(r, 5) + hash(r, 6) + hash(r, 7) - 1.5) * 2 + effect / 2;
      const x2 = 1 + Math.floor(hash(r, 8) * 5);
      const y = 1 + 0.5 * x1 - 0.3 * x2 + effect + (hash(r, 9) - 0.5) * (1 + x2 / 2);
      const cell = (v: number): string => v.toPrecision(17).replace(".", ",");
      lines.push(
        [
          `R${r}`,
          `ORG-${g}`,
          role,
          province,
          size,
          r % 11 === 5 ? "" : cell(y),
          cell(x1),
          r % 13 === 4 ? "NA" : x2,
        ].join(";"),
      );
    }
  }
  return { csv: `\uFEFF${lines.join("\r\n")}\r\n` };
}

/** The data with a weight column added (the organisation id is the second field). */
function withWeights(csv: string, weight: (organisation: string) => number): string {
  const rows = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  const lines = rows.map((row, i) =>
    i === 0 ? `${row};w` : `${row};${String(weight(row.split(";")[1] as string)).replace(".", ",")}`,
  );
  return `${lines.join("\n")}\n`;
}

function population(): string {
  const lines = ["code,province,size_class"];
  for (let i = 0; i < 300; i++) {
    lines.push(`P${i},${PROVINCES[i % 5]},${SIZES[Math.floor(hash(i, 11) * 3)]}`);
  }
  return `${lines.join("\n")}\n`;
}

const ORACLE = `
suppressMessages({ library(sandwich); library(clubSandwich); library(survey); library(jsonlite) })
d <- read.csv2("data.csv", stringsAsFactors = FALSE, na.strings = c("", "NA"), fileEncoding = "UTF-8-BOM")
p <- read.csv("population.csv", stringsAsFactors = FALSE)
o <- unique(d[, c("organisation_id", "province", "size_class")])
des <- svydesign(ids = ~1, data = o, weights = rep(1, nrow(o)))
margins <- list(as.data.frame(table(province = p$province)), as.data.frame(table(size_class = p$size_class)))
r <- rake(des, list(~province, ~size_class), margins, control = list(maxit = 100, epsilon = 1e-12))
o$w <- unname(weights(r))
d$w <- o$w[match(d$organisation_id, o$organisation_id)]
model <- function(data, formula, cl) {
  data <- data[complete.cases(data[, all.vars(formula)]), ]
  fit <- lm(formula, data = data, weights = wr)
  g <- data[[cl]]
  G <- length(unique(g))
  se1 <- sqrt(diag(vcovCL(fit, cluster = g, type = "HC1")))
  ct <- coef_test(fit, vcov = "CR2", cluster = g, test = "Satterthwaite")
  list(terms = names(coef(fit)), estimate = unname(coef(fit)), r2 = summary(fit)$r.squared, n = nobs(fit), G = G,
       cr1 = list(se = unname(se1), p = unname(2 * pt(abs(coef(fit) / se1), G - 1, lower.tail = FALSE))),
       cr2 = list(se = ct$SE, df = ct$df_Satt, p = ct$p_Satt))
}
# Respondent level: the organisation's weight divided by its number of respondents.
d$wr <- d$w / ave(rep(1, nrow(d)), d$organisation_id, FUN = sum)
respondent <- model(d, y ~ x1 + x2 + province, "organisation_id")
# Directors only: one per organisation, so each keeps its organisation's weight.
dir <- d[d$role == "director", ]
dir$wr <- dir$w / ave(rep(1, nrow(dir)), dir$organisation_id, FUN = sum)
director <- model(dir, y ~ x1 + x2, "province")
# Organisation level: each variable averaged over the respondents who have it.
mean_by <- function(v) sapply(split(d[[v]], d$organisation_id), function(x) if (all(is.na(x))) NA else mean(x, na.rm = TRUE))
a <- data.frame(organisation_id = names(mean_by("y")), y = mean_by("y"), x1 = mean_by("x1"), x2 = mean_by("x2"))
a <- merge(a, o, by = "organisation_id")
a$wr <- a$w
organisation <- model(a, y ~ x1 + x2 + size_class, "province")
icc <- lapply(c("y", "x1"), function(v) {
  k <- d[!is.na(d[[v]]), ]
  t <- anova(lm(k[[v]] ~ factor(k$organisation_id)))
  msb <- t[1, 3]; msw <- t[2, 3]; n <- nrow(k); sizes <- table(k$organisation_id); G <- length(sizes)
  n0 <- (n - sum(sizes^2) / n) / (G - 1)
  list(variable = v, icc1 = (msb - msw) / (msb + (n0 - 1) * msw), icc2 = (msb - msw) / msb, groups = G, n0 = n0)
})
cat(toJSON(list(weights = setNames(as.list(o$w), o$organisation_id), respondent = respondent, director = director,
  organisation = organisation, icc = icc), digits = NA, auto_unbox = TRUE))
`;

interface RModel {
  terms: string[];
  estimate: number[];
  r2: number;
  n: number;
  G: number;
  cr1: { se: number[]; p: number[] };
  cr2: { se: number[]; df: number[]; p: number[] };
}

interface Oracle {
  weights: Record<string, number>;
  respondent: RModel;
  director: RModel;
  organisation: RModel;
  icc: { variable: string; icc1: number; icc2: number; groups: number; n0: number }[];
}

interface CliModel {
  n: number;
  rSquared: number;
  clusters: number;
  coefficients: {
    term: string;
    estimate: number;
    clusterStdError: number;
    clusterDf: number;
    clusterP: number;
  }[];
}

async function fitted(...options: string[]): Promise<CliModel> {
  const { code, out, err } = await cli(
    "analyze",
    "ols",
    "--data",
    "weighted.csv",
    "--format",
    "json",
    ...options,
  );
  expect(err).toBe("");
  expect(code).toBe(0);
  return JSON.parse(out) as CliModel;
}

function expectModel(model: CliModel, reference: RModel, kind: "cr1" | "cr2"): void {
  expect(model.coefficients.map((c) => c.term)).toEqual(reference.terms);
  expect(model.n).toBe(reference.n);
  expect(model.clusters).toBe(reference.G);
  expectCloseToR(
    model.coefficients.map((c) => c.estimate),
    reference.estimate,
    1e-9,
    "estimate",
  );
  expectCloseToR([model.rSquared], [reference.r2], 1e-9, "R²");
  expectCloseToR(
    model.coefficients.map((c) => c.clusterStdError),
    reference[kind].se,
    1e-9,
    `${kind} SE`,
  );
  expectCloseToR(
    model.coefficients.map((c) => c.clusterP),
    reference[kind].p,
    1e-9,
    `${kind} p`,
  );
  if (kind === "cr2") {
    expectCloseToR(
      model.coefficients.map((c) => c.clusterDf),
      reference.cr2.df,
      1e-9,
      "CR2 df",
    );
  } else expect(model.coefficients.every((c) => c.clusterDf === reference.G - 1)).toBe(true);
}

describe.skipIf(!rAvailable)(
  "maturo analyze rake, ols (clustered, weighted, levels, factors) and icc against R",
  () => {
    let oracle: Oracle;
    let weights: { organisation_id: string; weight: number }[];

    beforeAll(async () => {
      const data = respondents().csv;
      writeFileSync(join(dir, "data.csv"), data);
      writeFileSync(join(dir, "population.csv"), population());
      oracle = (await runR(ORACLE, { "data.csv": data, "population.csv": population() })) as Oracle;
      const raked = await cli(
        "analyze",
        "rake",
        "--data",
        "data.csv",
        "--population",
        "population.csv",
        "--margins",
        "province,size_class",
        "--format",
        "json",
      );
      expect(raked.err).toBe("");
      const parsed = JSON.parse(raked.out) as {
        weights: typeof weights;
        iterations: number;
        converged: boolean;
      };
      expect(parsed.converged).toBe(true);
      expect(parsed.iterations).toBeGreaterThan(5);
      weights = parsed.weights;
      // The researcher's next step: the organisation's weight on each of its respondents' rows.
      const byId = new Map(weights.map((w) => [w.organisation_id, w.weight]));
      writeFileSync(
        join(dir, "weighted.csv"),
        withWeights(data, (id) => byId.get(id) as number),
      );
    });

    it("rakes one weight per organisation as survey::rake does", () => {
      expect(weights).toHaveLength(70);
      expectCloseToR(
        weights.map((w) => w.weight),
        weights.map((w) => oracle.weights[w.organisation_id] as number),
        1e-9,
        "weight",
      );
    });

    it("fits respondents with organisation weights shared out and errors clustered by organisation (CR1, CR2)", async () => {
      const options = ["--dependent", "y", "--predictors", "x1,x2", "--factor", "province", "--weights", "w"];
      const cr1 = await fitted(...options, "--cluster", "organisation_id");
      expectModel(cr1, oracle.respondent, "cr1");
      const cr2 = await fitted(...options, "--cluster", "organisation_id", "--cluster-type", "cr2");
      expectModel(cr2, oracle.respondent, "cr2");
    });

    it("fits the directors alone and the organisation means", async () => {
      const director = await fitted(
        ...["--dependent", "y", "--predictors", "x1,x2", "--role", "director", "--weights", "w"],
        ...["--cluster", "province"],
      );
      expectModel(director, oracle.director, "cr1");
      const organisation = await fitted(
        ...["--dependent", "y", "--predictors", "x1,x2", "--factor", "size_class", "--weights", "w"],
        ...["--level", "organisation", "--cluster", "province", "--cluster-type", "cr2"],
      );
      expectModel(organisation, oracle.organisation, "cr2");
    });

    it("gives ICC(1), ICC(2), groups and n0 as R's one-way anova does", async () => {
      const { code, out } = await cli(
        ...["analyze", "icc", "--data", "data.csv", "--group", "organisation_id", "--items", "y,x1"],
        ...["--format", "json"],
      );
      expect(code).toBe(0);
      const result = JSON.parse(out) as Oracle["icc"];
      expect(result.map((r) => Object.keys(r))).toEqual(
        oracle.icc.map(() => ["variable", "icc1", "icc2", "groups", "n0"]),
      );
      expect(result.map((r) => [r.variable, r.groups])).toEqual(
        oracle.icc.map((r) => [r.variable, r.groups]),
      );
      for (const key of ["icc1", "icc2", "n0"] as const) {
        expectCloseToR(
          result.map((r) => r[key]),
          oracle.icc.map((r) => r[key]),
          1e-9,
          key,
        );
      }
    });
  },
);

describe("the table of a clustered, weighted model", () => {
  it("says under the table which errors and weights were used and at which level", async () => {
    writeFileSync(
      join(dir, "table.csv"),
      withWeights(respondents().csv, () => 1.5),
    );
    const { code, out, err } = await cli(
      ...[
        "analyze",
        "ols",
        "--data",
        "table.csv",
        "--dependent",
        "y",
        "--predictors",
        "x1,x2",
        "--weights",
        "w",
      ],
      ...[
        "--cluster",
        "organisation_id",
        "--cluster-type",
        "cr2",
        "--level",
        "organisation",
        "--format",
        "markdown",
      ],
    );
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toContain(
      "*Cluster-robust standard errors by organisation_id (CR2, Satterthwaite df; G = 68 clusters).*",
    );
    expect(out).toContain("*Weighted least squares (weights: w).*");
    expect(out).toContain(
      "*Organisation level: each organisation's respondents averaged (by organisation_id).*",
    );
    expect(out.split("\n").find((l) => l.startsWith("| N |"))).toBe("| N | 68 |");
  });

  it("names the row, line and column of a cell that is not a number, and a role that does not exist", async () => {
    writeFileSync(join(dir, "semicolon.csv"), "y;x\n1,5;2\n\n2,5;abc\n");
    const ols = ["analyze", "ols", "--data", "semicolon.csv", "--dependent", "y", "--predictors", "x"];
    const bad = await cli(...ols);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('semicolon.csv: row 2 (line 4), column "x": "abc" is not a number');
    const role = await cli(...ols, "--role", "mayor");
    expect(role.err).toContain('--role: expected director, manager, staff, got "mayor"');
  });
});
