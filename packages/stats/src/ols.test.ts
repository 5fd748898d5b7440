import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitOls, fitOlsColumns } from "./ols.js";

// 20 rows generated once (Python random.seed(7)); columns y, x1, x2, x3.
const ROWS: [number, number, number, number][] = [
  [0.56, 3.2, 6.69, 0],
  [2.89, 8.2, 7.2, 0],
  [-1.07, 0.4, 4.3, 0],
  [0.06, 5.5, 7.41, 0],
  [2.63, 6.3, 4.38, 1],
  [-0.68, 0.5, 5.46, 0],
  [1.19, 2.9, 5.62, 1],
  [-0.03, 5.6, 4.61, 0],
  [0.18, 3.7, 4.31, 0],
  [4.65, 6.2, 2.54, 1],
  [-2.05, 4.7, 6.68, 0],
  [1.43, 7.9, 4.53, 1],
  [-2.64, 5.3, 7.29, 1],
  [0.83, 6.1, 7.15, 0],
  [3.83, 7.6, 6.34, 0],
  [4.82, 9.6, 7.26, 1],
  [4.22, 3.4, 3.62, 1],
  [-2.17, 0.7, 6.32, 0],
  [-1.13, 0.6, 4.13, 1],
  [2.99, 2.8, 2.76, 0],
];

const data = {
  y: ROWS.map((r) => r[0]),
  x1: ROWS.map((r) => r[1]),
  x2: ROWS.map((r) => r[2]),
  x3: ROWS.map((r) => r[3]),
  g: ROWS.map((r) => r[3]),
  x12: ROWS.map((r) => r[1] + r[2]),
  one: ROWS.map(() => 3),
};

function close(value: number | null | undefined, reference: number, digits = 10): void {
  expect(value).not.toBeNull();
  expect(value).toBeDefined();
  const relative = Math.abs((value as number) - reference) / Math.max(Math.abs(reference), 1e-300);
  expect(relative).toBeLessThan(10 ** -digits);
}

function fit(options: Parameters<typeof fitOls>[1], source: Parameters<typeof fitOls>[0] = data) {
  const result = fitOls(source, options);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

// Golden values from R 4.2.2 (Debian r-base-core): summary(lm(...)) printed with digits = 17;
// HC1/HC3 as (XᵀX)⁻¹ Xᵀ diag(w) X (XᵀX)⁻¹ with w = e²·n/(n−p) and e²/(1−h)²; VIF as 1/(1 − R²_j)
// of each predictor on the others; beta = b·sd(x)/sd(y).
describe("OLS against R", () => {
  it("y ~ x1 + x2 + x3: estimates, SEs, t, p, R², F, HC1, HC3, VIF, beta", () => {
    const m = fit({ dependent: "y", predictors: ["x1", "x2", "x3"], robust: "hc3" });
    const est = [2.3201386480559973, 0.6191142222743276, -0.7632278010705478, 0.06631864546535765];
    const se = [1.53942500876525, 0.15614902997159605, 0.2763629197247849, 0.8421259456038903];
    const t = [1.5071462623027974, 3.964893168961384, -2.761686704680229, 0.07875145732245598];
    const p = [0.15126226882870059, 0.0011111100973621396, 0.013896033506633983, 0.9382068243598662];
    const hc3 = [1.9257596859923085, 0.16116551710912627, 0.34677677525935696, 1.1523268688877923];
    m.coefficients.forEach((c, j) => {
      close(c.estimate, est[j] as number, 12);
      close(c.stdError, se[j] as number, 12);
      close(c.t, t[j] as number, 12);
      close(c.p, p[j] as number, 11);
      close(c.robustStdError, hc3[j] as number, 11);
    });
    expect(m.coefficients.map((c) => c.term)).toEqual(["(Intercept)", "x1", "x2", "x3"]);
    close(m.rSquared, 0.5672205834704586, 12);
    close(m.adjRSquared, 0.4860744428711695, 12);
    close(m.residualStdError, 1.6753955825621059, 12);
    close(m.fStatistic, 6.990111658809173, 12);
    close(m.fPValue, 0.0032208635080158807, 11);
    expect([m.dfModel, m.dfResidual, m.n]).toEqual([3, 16, 20]);
    const vif = [1.2493591179299026, 1.2840506418647373, 1.2127201715054938];
    const beta = [0.7288672600464385, -0.5146817779031562, 0.01426304351484761];
    expect(m.coefficients[0]?.vif).toBeNull();
    expect(m.coefficients[0]?.beta).toBeNull();
    m.coefficients.slice(1).forEach((c, j) => {
      close(c.vif, vif[j] as number, 12);
      close(c.beta, beta[j] as number, 12);
    });
    const hc1 = fit({ dependent: "y", predictors: ["x1", "x2", "x3"], robust: "hc1" });
    [1.5990099951754762, 0.13984896924815463, 0.2914873586590923, 0.9823896926012176].forEach((v, j) => {
      close(hc1.coefficients[j]?.robustStdError, v, 11);
    });
  });

  it("y ~ 0 + x1 + x2: uncentred R² and F as R reports them", () => {
    const m = fit({ dependent: "y", predictors: ["x1", "x2"], intercept: false, robust: "hc1" });
    close(m.coefficients[0]?.estimate, 0.6643560573583623, 12);
    close(m.coefficients[1]?.estimate, -0.40053804040113516, 12);
    close(m.coefficients[0]?.stdError, 0.14884450079227618, 12);
    close(m.coefficients[1]?.p, 0.010171544136651434, 11);
    close(m.rSquared, 0.5750501389796217, 12);
    close(m.adjRSquared, 0.5278334877551352, 12);
    close(m.fStatistic, 12.178969157418804, 12);
    close(m.fPValue, 0.000451896756167194, 11);
    expect([m.dfModel, m.dfResidual]).toEqual([2, 18]);
    close(m.coefficients[0]?.robustStdError, 0.11417278091937302, 11);
    close(m.coefficients[1]?.robustStdError, 0.10675769512353968, 11);
  });

  it("aliases a sum of earlier columns, a duplicate and a constant, as lm() does", () => {
    const m = fit({ dependent: "y", predictors: ["x1", "x2", "x12", "x3", "g", "one"] });
    expect(m.aliased).toEqual(["x12", "g", "one"]);
    const byTerm = Object.fromEntries(m.coefficients.map((c) => [c.term, c]));
    expect(byTerm.x12).toMatchObject({
      aliased: true,
      estimate: null,
      stdError: null,
      t: null,
      p: null,
      vif: null,
    });
    close(byTerm.x1?.estimate, 0.6191142222743276, 12);
    close(byTerm.x3?.stdError, 0.8421259456038903, 12);
    close(m.fStatistic, 6.990111658809173, 12);
    expect([m.dfModel, m.dfResidual]).toEqual([3, 16]);
    expect(m.notes.join(" ")).toContain("aliased");
  });
});

describe("OLS input errors", () => {
  it("names row and column of text in a numeric column", () => {
    const result = fitOls(
      { y: [1, 2, 3, 4], x: ["1", "2", "abc", "4"] },
      { dependent: "y", predictors: ["x"] },
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: "NON_NUMERIC",
        message: 'row 3, column "x": "abc" is not a number',
        row: 3,
        column: "x",
      },
    });
  });

  it("rejects Infinity, as text or as a number", () => {
    const text = fitOls(
      { y: [1, 2, 3, 4], x: ["1", "Inf", "3", "4"] },
      { dependent: "y", predictors: ["x"] },
    );
    expect(!text.ok && text.error).toMatchObject({ code: "NON_FINITE", row: 2, column: "x" });
    const number = fitOls(
      { y: [1, 2, Number.POSITIVE_INFINITY, 4], x: [1, 2, 3, 4] },
      { dependent: "y", predictors: ["x"] },
    );
    expect(!number.ok && number.error).toMatchObject({ code: "NON_FINITE", row: 3, column: "y" });
  });

  it("lists unknown columns", () => {
    const result = fitOls(data, { dependent: "y", predictors: ["x1", "nope", "gone"] });
    expect(!result.ok && result.error).toMatchObject({
      code: "UNKNOWN_COLUMN",
      message: 'unknown columns "nope", "gone"',
    });
  });

  it("reports when listwise deletion leaves nothing", () => {
    const result = fitOls({ y: [1, null, 3], x: ["", 2, "NA"] }, { dependent: "y", predictors: ["x"] });
    expect(!result.ok && result.error.code).toBe("NO_ROWS");
  });

  it("reports no residual degrees of freedom instead of a meaningless fit", () => {
    const result = fitOls({ y: [1, 2], x: [3, 5] }, { dependent: "y", predictors: ["x"] });
    expect(!result.ok && result.error.code).toBe("NO_RESIDUAL_DF");
  });

  it("drops incomplete rows per model (listwise)", () => {
    const m = fit(
      { dependent: "y", predictors: ["x"] },
      { y: [1, 2, 3, "NA", 5, 7], x: [1, 2, 3.5, 4, null, 6], unused: ["a", "b", "c", "d", "e", "f"] },
    );
    expect(m.n).toBe(4);
    expect(m.droppedRows).toBe(2);
  });
});

describe("OLS properties", () => {
  // Survey-like data: values between −100 and 100 with at most four decimals (answers, scores,
  // percentages). Arbitrary doubles such as 1e-100 next to 1e-7 make designs so ill-conditioned that the
  // rounding of any QR exceeds a fixed tolerance, which says nothing about the data Maturo analyses.
  const value = fc.oneof(
    fc.integer({ min: -5, max: 5 }),
    fc.integer({ min: -1_000_000, max: 1_000_000 }).map((units) => units / 10_000),
  );
  const row = fc.tuple(value, value, value);
  it("residuals are orthogonal to the design and R² lies in [0, 1]; shifting y moves only the intercept", () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 5, maxLength: 40 }),
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        (rows, shift) => {
          const y = Float64Array.from(rows, (r) => r[0]);
          const x1 = Float64Array.from(rows, (r) => r[1]);
          const x2 = Float64Array.from(rows, (r) => r[2]);
          const result = fitOlsColumns(y, [x1, x2], { dependent: "y", predictors: ["x1", "x2"] });
          if (!result.ok) {
            expect(result.error.code).toBe("NO_RESIDUAL_DF");
            return;
          }
          const m = result.value;
          if (m.rSquared !== null) {
            expect(m.rSquared).toBeGreaterThanOrEqual(-1e-12);
            expect(m.rSquared).toBeLessThanOrEqual(1 + 1e-12);
          }
          const shifted = fitOlsColumns(
            y.map((v) => v + shift),
            [x1, x2],
            { dependent: "y", predictors: ["x1", "x2"] },
          );
          if (!shifted.ok) throw new Error(shifted.error.message);
          // Equal up to rounding, which a slope picks up in proportion to |y| / |x_j|.
          const norm = (v: Float64Array) => Math.sqrt(v.reduce((s, e) => s + e * e, 0));
          const yNorm = norm(y) + Math.abs(shift) * Math.sqrt(y.length);
          m.coefficients.slice(1).forEach((c, j) => {
            const other = shifted.value.coefficients[j + 1]?.estimate ?? null;
            const xNorm = norm(j === 0 ? x1 : x2);
            if (c.estimate === null) expect(other).toBeNull();
            else {
              expect(Math.abs((other ?? Number.NaN) - c.estimate)).toBeLessThanOrEqual(
                1e-9 * Math.abs(c.estimate) + (1e-12 * yNorm) / xNorm,
              );
            }
          });
          // No NaN anywhere: every number is finite or null.
          for (const c of m.coefficients) {
            for (const v of [c.estimate, c.stdError, c.t, c.p, c.beta, c.vif]) {
              if (v !== null) expect(Number.isFinite(v)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
