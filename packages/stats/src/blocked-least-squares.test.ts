import { describe, expect, it } from "vitest";
import { fitOlsColumns, type OlsColumnsExtra, type OlsModel, type OlsOptions } from "./ols.js";
import { normal, seededRandom } from "./test-fixtures/seeded-random.js";

/** Relative difference, with an absolute floor for values near zero. */
function close(a: number | null | undefined, b: number | null | undefined, tolerance: number): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return a === b;
  return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(b));
}

function agree(fast: OlsModel, exact: OlsModel, tolerance: number): string[] {
  const differences: string[] = [];
  fast.coefficients.forEach((c, j) => {
    const e = exact.coefficients[j];
    for (const key of ["estimate", "stdError", "t", "beta", "vif", "clusterStdError"] as const) {
      if (!close(c[key], e?.[key], tolerance)) differences.push(`${c.term} ${key}: ${c[key]} vs ${e?.[key]}`);
    }
  });
  for (const key of ["rSquared", "adjRSquared", "residualStdError", "fStatistic"] as const) {
    if (!close(fast[key], exact[key], tolerance)) differences.push(`${key}: ${fast[key]} vs ${exact[key]}`);
  }
  return differences;
}

describe("the blocked double-precision path", () => {
  // Enough rows for several blocks of the tall-skinny QR, a mean far from zero (the intercept's
  // collinearity), correlated predictors, weights and clusters: the paths every fit of a large
  // survey takes must give what the all-double-double factorisation gives.
  const rows = 3001;
  const next = seededRandom(7);
  const x1 = Float64Array.from({ length: rows }, () => 1000 + normal(next));
  const x2 = Float64Array.from(x1, (v) => 0.5 * v + normal(next));
  const x3 = Float64Array.from({ length: rows }, () => Math.round(5 * next()));
  const y = Float64Array.from(
    x1,
    (v, i) => 3 + 0.2 * v - (x2[i] as number) + 2 * (x3[i] as number) + normal(next),
  );
  const weights = Float64Array.from({ length: rows }, () => 0.5 + next());
  const clusters = Array.from({ length: rows }, (_, i) => Math.floor(i / 7));
  const options = { dependent: "y", predictors: ["x1", "x2", "x3"] };

  // CR2's adjustment matrices (I − H_gg)^(-1/2) amplify rounding by the design's condition number
  // (about 1e3 here, the mean being a thousand standard deviations from zero): 1e-8 for them.
  const cases: [string, Partial<OlsOptions> & OlsColumnsExtra, number][] = [
    ["OLS", {}, 1e-10],
    ["WLS", { weights: "w", weightValues: weights }, 1e-10],
    ["OLS without intercept", { intercept: false }, 1e-10],
    [
      "WLS with CR2 clusters",
      {
        weights: "w",
        weightValues: weights,
        cluster: "g",
        clusterValues: clusters,
        clusterType: "cr2",
      },
      1e-8,
    ],
  ];
  it.each(cases)(
    "%s: coefficients, errors, betas, VIFs and fit statistics equal the double-double path to %s",
    (_, extra, tolerance) => {
      const fast = fitOlsColumns(y, [x1, x2, x3], { ...options, ...extra, precision: "double" });
      const exact = fitOlsColumns(y, [x1, x2, x3], { ...options, ...extra, precision: "double-double" });
      if (!fast.ok || !exact.ok) throw new Error("fit failed");
      expect(fast.value.precisionUsed).toBe("double");
      expect(agree(fast.value, exact.value, tolerance)).toEqual([]);
    },
  );

  it("aliases an exactly collinear column as the double-double path does", () => {
    const twice = Float64Array.from(x1, (v, i) => v + (x2[i] as number));
    const fast = fitOlsColumns(y, [x1, x2, twice], {
      ...options,
      predictors: ["x1", "x2", "sum"],
      precision: "double",
    });
    expect(fast.ok && fast.value.aliased).toEqual(["sum"]);
  });

  it("flags an exact fit with a residual of zero to working precision", () => {
    const exactY = Float64Array.from(x1, (v, i) => 1 + 2 * v - 3 * (x3[i] as number));
    const fit = fitOlsColumns(exactY, [x1, x3], {
      dependent: "y",
      predictors: ["x1", "x3"],
      precision: "double",
    });
    expect(fit.ok && fit.value.exactFit).toBe(true);
  });
});

describe("the cross-product path of large well-conditioned fits", () => {
  it("gives what the tall-skinny QR gives, to 1e-9", () => {
    // Above the double-double threshold (n·p² > 4e6) an unweighted fit with an intercept takes R
    // from the centred cross-products when the design is well conditioned.
    const rows = 400_000;
    const next = seededRandom(11);
    const x1 = Float64Array.from({ length: rows }, () => 50 + 3 * normal(next));
    const x2 = Float64Array.from(x1, (v) => 0.3 * v + normal(next));
    const x3 = Float64Array.from({ length: rows }, () => Math.round(4 * next()));
    const y = Float64Array.from(
      x1,
      (v, i) => 1 + 0.5 * v + (x2[i] as number) - (x3[i] as number) + normal(next),
    );
    const options = { dependent: "y", predictors: ["x1", "x2", "x3"] };
    const gram = fitOlsColumns(y, [x1, x2, x3], options);
    const qr = fitOlsColumns(y, [x1, x2, x3], { ...options, precision: "double" });
    if (!gram.ok || !qr.ok) throw new Error("fit failed");
    expect(gram.value.precisionUsed).toBe("double");
    expect(agree(gram.value, qr.value, 1e-9)).toEqual([]);
  });
});
