import { describe, expect, it } from "vitest";
import { benchmarkRefreshDue, refreshDecision } from "./refresh.js";

describe("refreshDecision", () => {
  it("keeps the figures of 3 respondents when a fourth submits (the issue's route 3)", () => {
    expect(refreshDecision([1, 2, 3], [1, 2, 3, 4], 3)).toEqual({ refresh: false, pending: 1, remaining: 2 });
  });

  it("counts withdrawals as changes and refreshes after k of them together", () => {
    expect(refreshDecision([1, 2, 3, 4], [1, 2, 5], 3)).toEqual({ refresh: true, pending: 0, remaining: 3 });
    expect(refreshDecision([1, 2, 3, 4], [1, 2, 3], 3)).toMatchObject({ refresh: false, pending: 1 });
  });

  it("refreshes when nothing was shown before (no snapshot, or fewer than k)", () => {
    expect(refreshDecision(null, [1, 2, 3], 3).refresh).toBe(true);
    expect(refreshDecision([1, 2], [1, 2, 3], 3).refresh).toBe(true);
  });

  it("replaces the benchmarks' organisations once one more than the minimum changed", () => {
    const shown = { a: "1", b: "1", c: "1", d: "1", e: "1", f: "1" };
    const five = { ...shown, a: "2", b: "2", c: "2", d: "2", e: "2" };
    // Five changed, but one of them may be the reader's own organisation, left out of its group.
    expect(benchmarkRefreshDue(shown, five, 5)).toBe(false);
    expect(benchmarkRefreshDue(shown, { ...five, f: "2" }, 5)).toBe(true);
    expect(benchmarkRefreshDue(shown, { ...five, g: "1" }, 5)).toBe(true);
    expect(benchmarkRefreshDue(null, shown, 5)).toBe(true);
  });
});
