import { addScore, EMPTY_MOMENTS, type Moments } from "@maturo/scoring";
import { describe, expect, it } from "vitest";
import { discloseNode } from "./node-figure.js";

function moments(...scores: number[]): Moments {
  return scores.reduce(addScore, EMPTY_MOMENTS);
}

describe("discloseNode", () => {
  // The route 2: 1 director (80) and 2 staff (10, 10): equal 33.33, balanced 45 gave the director.
  const oneDirector = { director: moments(80), manager: EMPTY_MOMENTS, staff: moments(10, 10) };

  it("shows the equal total of three respondents but withholds balanced weighting with a group of one", () => {
    const equal = discloseNode(oneDirector, "equal", 3);
    expect(equal.mean).toBeCloseTo(33.333, 3);
    expect(equal.reason).toBeNull();
    const balanced = discloseNode(oneDirector, "balanced", 3);
    expect(balanced).toMatchObject({ mean: null, sd: null, n: 3, reason: "balanced-small-group" });
  });

  it("never shows a role group next to the total when the other group is below k", () => {
    const figure = discloseNode(oneDirector, "equal", 3);
    expect(figure.gap).toEqual({ status: "withheld", reason: "role-group-small", managementN: 1, staffN: 2 });
  });

  it("shows balanced weighting and the gap once both groups reach k", () => {
    const both = { director: moments(80), manager: moments(60, 70), staff: moments(10, 20, 30) };
    const balanced = discloseNode(both, "balanced", 3);
    expect(balanced.mean).toBeCloseTo((70 + 20) / 2, 9);
    expect(balanced.gap).toMatchObject({ status: "shown", gap: 50 });
  });

  it("shows balanced weighting when only one group answered (it equals the total)", () => {
    const staffOnly = { director: EMPTY_MOMENTS, manager: EMPTY_MOMENTS, staff: moments(10, 20, 60) };
    expect(discloseNode(staffOnly, "balanced", 3).mean).toBeCloseTo(30, 9);
  });

  it("withholds any figure below k", () => {
    const two = { director: EMPTY_MOMENTS, manager: EMPTY_MOMENTS, staff: moments(10, 20) };
    expect(discloseNode(two, "equal", 3)).toMatchObject({ mean: null, reason: "too-few-respondents" });
  });

  it("withholds a dimension when one or two respondents miss a category score (the half-valid rule)", () => {
    const four = { director: EMPTY_MOMENTS, manager: EMPTY_MOMENTS, staff: moments(10, 20, 30, 40) };
    expect(discloseNode(four, "equal", 3, 1)).toMatchObject({ mean: null, reason: "incomplete-categories" });
    expect(discloseNode(four, "equal", 3, 0).mean).toBeCloseTo(25, 9);
    expect(discloseNode(four, "equal", 3, 3).mean).toBeCloseTo(25, 9);
  });
});
