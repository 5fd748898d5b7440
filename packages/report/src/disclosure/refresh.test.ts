import { describe, expect, it } from "vitest";
import { changedOrganisations, refreshDecision } from "./refresh.js";

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

  it("names the organisations whose respondents changed", () => {
    expect(changedOrganisations({ a: [1], b: [2, 3] }, { a: [1], b: [2], c: [4] }).sort()).toEqual([
      "b",
      "c",
    ]);
  });
});
