import { describe, expect, it } from "vitest";
import { quantile, quartiles } from "./quantile.js";

describe("quantile (type 7)", () => {
  it("matches R's quantile(x) on hand-worked values", () => {
    // R: quantile(c(1, 2, 4, 7, 11)) → 2, 4, 7; quantile(c(10, 20, 30, 40), c(.25, .5, .75)) → 17.5, 25, 32.5
    expect(quartiles([7, 1, 11, 4, 2])).toEqual({ q1: 2, median: 4, q3: 7 });
    expect(quartiles([40, 10, 30, 20])).toEqual({ q1: 17.5, median: 25, q3: 32.5 });
    // h = (6 − 1)·0.1 = 0.5: halfway between 3 and 5.
    expect(quantile([3, 5, 8, 13, 21, 34], 0.1)).toBe(4);
  });

  it("gives the only value for one value and ends at min and max", () => {
    expect(quartiles([42])).toEqual({ q1: 42, median: 42, q3: 42 });
    expect(quantile([1, 9, 12], 0)).toBe(1);
    expect(quantile([1, 9, 12], 1)).toBe(12);
  });

  it("is null without values or for a p outside 0..1, and ignores non-finite values", () => {
    expect(quartiles([])).toBeNull();
    expect(quantile([1, 2], 1.5)).toBeNull();
    expect(quartiles([Number.NaN, 5, 1, 3])).toEqual({ q1: 2, median: 3, q3: 4 });
  });
});
