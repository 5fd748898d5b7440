import { describe, expect, it } from "vitest";
import { correlationMatrix } from "./correlation-matrix.js";
import { describe as describeColumn } from "./descriptives.js";
import { frequencyTable } from "./frequency-table.js";

describe("descriptives", () => {
  it("n, missing, mean, SD (n − 1), range and % positive", () => {
    const result = describeColumn([1, "2", "", "NA", null, 6, 5], "q1", { positive: [5, 6] });
    expect(result).toEqual({
      ok: true,
      value: { n: 4, missing: 3, mean: 3.5, sd: Math.sqrt(17 / 3), min: 1, max: 6, percentPositive: 50 },
    });
  });

  it("null, not NaN, for an empty column and SD of one value", () => {
    const empty = describeColumn(["", null], "q");
    expect(empty.ok && empty.value).toMatchObject({ n: 0, mean: null, sd: null, percentPositive: null });
    const one = describeColumn([4], "q");
    expect(one.ok && one.value.sd).toBeNull();
  });

  it("names row and column of text", () => {
    const result = describeColumn([1, "two"], "q7");
    expect(!result.ok && result.error).toMatchObject({ code: "NON_NUMERIC", row: 2, column: "q7" });
  });
});

describe("frequency table", () => {
  it("percent of all rows and valid percent, sorted numerically, with cumulative percent", () => {
    const table = frequencyTable([2, 1, 2, "", 10, null, 2, 1]);
    expect(table.valid).toBe(6);
    expect(table.missing).toBe(2);
    expect(table.rows.map((r) => [r.value, r.count, r.percent, r.validPercent])).toEqual([
      ["1", 2, 25, (2 / 6) * 100],
      ["2", 3, 37.5, 50],
      ["10", 1, 12.5, (1 / 6) * 100],
    ]);
    expect(table.rows.at(-1)?.cumulativePercent).toBeCloseTo(100, 12);
  });

  it("keeps a given order and lists values that did not occur", () => {
    const table = frequencyTable([1, 1, 3], [1, 2, 3]);
    expect(table.rows.map((r) => [r.value, r.count])).toEqual([
      ["1", 2],
      ["2", 0],
      ["3", 1],
    ]);
  });
});

describe("correlation matrix", () => {
  // R 4.2.2: cor.test(x1, y) on the OLS golden data gives r = 0.5689629780753845, p = 0.008843311217132839.
  it("Pearson r and its two-sided p agree with R's cor.test", () => {
    const y = [
      0.56, 2.89, -1.07, 0.06, 2.63, -0.68, 1.19, -0.03, 0.18, 4.65, -2.05, 1.43, -2.64, 0.83, 3.83, 4.82,
      4.22, -2.17, -1.13, 2.99,
    ];
    const x1 = [
      3.2, 8.2, 0.4, 5.5, 6.3, 0.5, 2.9, 5.6, 3.7, 6.2, 4.7, 7.9, 5.3, 6.1, 7.6, 9.6, 3.4, 0.7, 0.6, 2.8,
    ];
    const result = correlationMatrix({ y, x1 }, ["y", "x1"]);
    if (!result.ok) throw new Error(result.error.message);
    expect(Math.abs((result.value.r[0]?.[1] ?? 0) - 0.5689629780753845)).toBeLessThan(1e-14);
    expect(
      Math.abs((result.value.p[0]?.[1] ?? 0) - 0.008843311217132839) / 0.008843311217132839,
    ).toBeLessThan(1e-11);
    expect(result.value.r[1]?.[1]).toBe(1);
    expect(result.value.p[1]?.[1]).toBeNull();
    expect(result.value.n[0]?.[1]).toBe(20);
  });

  it("pairwise uses each pair's complete rows", () => {
    const result = correlationMatrix(
      { a: [1, 2, 3, 4, null], b: [2, 4, 5, null, 1], c: [1, 2, 3, 4, 5] },
      ["a", "b", "c"],
      "pairwise",
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.n[0]?.[1]).toBe(3);
    expect(result.value.n[0]?.[2]).toBe(4);
    expect(result.value.r[0]?.[2]).toBeCloseTo(1, 14);
  });
});
