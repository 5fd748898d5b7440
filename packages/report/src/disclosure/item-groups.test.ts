import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { discloseItemGroups, type ItemRoleTally } from "./item-groups.js";

const t = (asked: number, n: number, positive: number): ItemRoleTally => ({ asked, n, positive });
const none = t(0, 0, 0);

describe("discloseItemGroups", () => {
  it("shows management (director and managers together) against staff when both give k answers", () => {
    const figure = discloseItemGroups({ director: t(1, 1, 1), manager: t(2, 2, 1), staff: t(4, 4, 1) }, 3);
    expect(figure).toEqual({
      status: "shown",
      management: { percentPositive: (2 / 3) * 100, n: 3 },
      staff: { percentPositive: 25, n: 4 },
      difference: (2 / 3) * 100 - 25,
    });
  });

  it("withholds both groups when one gives fewer than k valid answers, with both counts", () => {
    // Three managers asked, one answered "don't know": 2 valid answers beside the item's total.
    expect(discloseItemGroups({ director: none, manager: t(3, 2, 2), staff: t(5, 5, 1) }, 3)).toEqual({
      status: "withheld",
      reason: "role-group-small",
      managementN: 2,
      staffN: 5,
    });
  });

  it("withholds both groups when the item was put to fewer than k of one group", () => {
    const figure = discloseItemGroups({ director: t(1, 1, 0), manager: t(1, 1, 0), staff: t(9, 9, 9) }, 3);
    expect(figure.status).toBe("withheld");
  });

  it("never shows a group figure on fewer than k answers, for any tallies", () => {
    const tally = fc
      .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }))
      .map(([asked, dontKnow, positive]) => {
        const n = Math.max(0, asked - Math.min(asked, dontKnow));
        return t(asked, n, Math.min(n, positive));
      });
    fc.assert(
      fc.property(tally, tally, tally, fc.integer({ min: 3, max: 5 }), (director, manager, staff, k) => {
        const figure = discloseItemGroups({ director, manager, staff }, k);
        if (figure.status === "shown") {
          expect(figure.management.n).toBe(director.n + manager.n);
          expect(Math.min(figure.management.n, figure.staff.n)).toBeGreaterThanOrEqual(k);
          expect(Math.min(director.asked + manager.asked, staff.asked)).toBeGreaterThanOrEqual(k);
        }
      }),
    );
  });
});
