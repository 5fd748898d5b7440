import { addScore, EMPTY_MOMENTS, type Moments } from "@maturo/scoring";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { discloseNode } from "./node-figure.js";

const scores = (max: number) => fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: max });
const moments = (values: readonly number[]): Moments => values.reduce(addScore, EMPTY_MOMENTS);

describe("discloseNode, for any role groups", () => {
  it("never shows two weightings or a group and the total that differ by fewer than k respondents", () => {
    fc.assert(
      fc.property(scores(4), scores(4), scores(6), fc.integer({ min: 3, max: 5 }), (d, m, s, k) => {
        const byRole = { director: moments(d), manager: moments(m), staff: moments(s) };
        const management = d.length + m.length;
        const small = (n: number): boolean => n > 0 && n < k;
        const equal = discloseNode(byRole, "equal", k);
        const balanced = discloseNode(byRole, "balanced", k);
        // Any figure shown rests on at least k respondents.
        if (equal.mean !== null) expect(equal.n).toBeGreaterThanOrEqual(k);
        // Balanced next to equal: their difference is a combination of the role groups, each ≥ k.
        if (balanced.mean !== null) expect(small(management) || small(s.length)).toBe(false);
        // A group beside the total: the other group follows, so both must reach k.
        if (equal.gap.status === "shown") expect(Math.min(management, s.length)).toBeGreaterThanOrEqual(k);
      }),
    );
  });
});
