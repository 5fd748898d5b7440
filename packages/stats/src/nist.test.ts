import { describe, expect, it } from "vitest";
import type { DesignColumn, Precision } from "./least-squares.js";
import { fitOlsColumns } from "./ols.js";
import { powerColumn } from "./power-column.js";
import { lre, parseSimpleCsv, readReference } from "./test-fixtures/reference-data.js";

interface Certified {
  model: { kind: string; intercept: boolean; degree: number | null; terms: string[] };
  coefficients: { term: string; estimate: number; std_dev: number }[];
  residual_sd: number;
  r_squared: number;
  anova: { f_statistic: number | null };
}

const SETS = [
  "Norris",
  "Pontius",
  "NoInt1",
  "NoInt2",
  "Filip",
  "Longley",
  "Wampler1",
  "Wampler2",
  "Wampler3",
  "Wampler4",
  "Wampler5",
] as const;

/** Certified value 0 (exact fits): compare absolutely, scaled by the size of the data. */
const ZERO_TOLERANCE = 1e-7;

function load(name: string, exactPowers: boolean) {
  const certified = JSON.parse(readReference(`nist/${name}.certified.json`)) as Certified;
  const { header, rows } = parseSimpleCsv(readReference(`nist/${name}.csv`));
  const y = Float64Array.from(rows, (r) => Number(r[0]));
  const predictors: DesignColumn[] = [];
  const names: string[] = [];
  if (certified.model.kind === "polynomial") {
    const x = rows.map((r) => Number(r[1]));
    for (let k = 1; k <= (certified.model.degree ?? 1); k++) {
      predictors.push(exactPowers ? powerColumn(x, k) : Float64Array.from(x, (v) => v ** k));
      names.push(k === 1 ? "x" : `x^${k}`);
    }
  } else {
    header.slice(1).forEach((h, j) => {
      predictors.push(Float64Array.from(rows, (r) => Number(r[j + 1])));
      names.push(h);
    });
  }
  return { certified, y, predictors, names };
}

function accuracy(name: string, precision: Precision, exactPowers = true) {
  const { certified, y, predictors, names } = load(name, exactPowers);
  const fit = fitOlsColumns(y, predictors, {
    dependent: "y",
    predictors: names,
    intercept: certified.model.intercept,
    precision,
  });
  if (!fit.ok) throw new Error(fit.error.message);
  const model = fit.value;
  const digits: number[] = [];
  const check = (value: number | null, reference: number): number => {
    if (value === null) return 0;
    if (reference === 0) return Math.abs(value) < ZERO_TOLERANCE ? 15 : 0;
    return lre(value, reference);
  };
  certified.coefficients.forEach((c, j) => {
    const coefficient = model.coefficients[j];
    digits.push(check(coefficient?.estimate ?? null, c.estimate));
    digits.push(check(coefficient?.stdError ?? null, c.std_dev));
  });
  digits.push(check(model.residualStdError, certified.residual_sd));
  digits.push(check(model.rSquared, certified.r_squared));
  return { model, certified, minimum: Math.min(...digits) };
}

describe("NIST StRD linear regression", () => {
  it.each(SETS)("%s: at least 7 correct digits on every coefficient, SE, residual SD and R²", (name) => {
    const { model, minimum } = accuracy(name, "auto");
    expect(model.aliased).toEqual([]);
    expect(minimum).toBeGreaterThanOrEqual(7);
  });

  it("Filip: x^10 is not aliased and all terms are estimated even from powers rounded to doubles", () => {
    // Powers rounded to double perturb the design by ~1e-16 relative; with κ ≈ 1e15 the exact LS
    // solution of that perturbed design is itself only ~7.6 digits from the certified one (checked
    // in 50-digit arithmetic with mpmath). powerColumn avoids that loss (~14 digits).
    const rounded = accuracy("Filip", "auto", false);
    expect(rounded.model.aliased).toEqual([]);
    expect(rounded.minimum).toBeGreaterThanOrEqual(7);
    expect(accuracy("Filip", "auto").minimum).toBeGreaterThanOrEqual(12);
  });

  it("R's default tolerance (1e-7) aliases Filip's x^10, as lm() does", () => {
    const { certified, y, predictors, names } = load("Filip", true);
    const fit = fitOlsColumns(y, predictors, { dependent: "y", predictors: names, tolerance: 1e-7 });
    expect(certified.model.terms).toHaveLength(11);
    expect(fit.ok && fit.value.aliased).toEqual(["x^10"]);
  });

  it.each(["Norris", "Pontius", "NoInt1", "NoInt2", "Longley", "Wampler1", "Wampler2", "Wampler3"])(
    "%s: the double-precision path with refinement also reaches 7 digits",
    (name) => {
      expect(accuracy(name, "double").minimum).toBeGreaterThanOrEqual(7);
    },
  );

  it("exact fits (Wampler1, Wampler2) are flagged with t and F null", () => {
    for (const name of ["Wampler1", "Wampler2"]) {
      const { model, certified } = accuracy(name, "auto");
      expect(certified.anova.f_statistic).toBeNull();
      expect(model.exactFit).toBe(true);
      expect(model.fStatistic).toBeNull();
      expect(model.coefficients.every((c) => c.t === null && c.p === null)).toBe(true);
    }
  });

  it("F statistics agree with the certified ANOVA", () => {
    for (const name of SETS) {
      const { model, certified } = accuracy(name, "auto");
      if (certified.anova.f_statistic === null) continue;
      expect(lre(model.fStatistic ?? Number.NaN, certified.anova.f_statistic)).toBeGreaterThanOrEqual(7);
    }
  });
});
