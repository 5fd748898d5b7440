import { describe, expect, it } from "vitest";
import {
  explain,
  explainCounts,
  explainSpread,
  indicator,
  isolatedGroup,
  type Unit,
} from "./linear-figures.js";

// The algebra must catch the routes, or the attack suite proves nothing.
describe("the attack algebra", () => {
  const director: Unit = { id: "d", value: 80, group: "management" };
  const staff: Unit[] = [
    { id: "s1", value: 7.5, group: "staff" },
    { id: "s2", value: 12.5, group: "staff" },
  ];
  const units = [director, ...staff];

  it("finds the director from equal and balanced means of the same three (route 2)", () => {
    const equal = explain(100 / 3, units);
    const balanced = explain(45, units);
    expect(equal).toHaveLength(1);
    expect(balanced).toHaveLength(1);
    expect(isolatedGroup([...equal, ...balanced], ["d", "s1", "s2"], 3)).not.toBeNull();
  });

  it("finds the newcomer from a mean of three and then of four (route 3)", () => {
    const four: Unit[] = [...units, { id: "n", value: 100 - 100 / 3 + 0.125 }];
    const before = explain(100 / 3, four);
    const after = explain((100 + 100 - 100 / 3 + 0.125) / 4, four);
    expect(isolatedGroup([...before, ...after], ["d", "s1", "s2", "n"], 3)).toEqual(["n"]);
  });

  it("finds nothing in one mean of three", () => {
    expect(isolatedGroup(explain(100 / 3, units), ["d", "s1", "s2"], 3)).toBeNull();
  });

  it("finds the newcomer's square from the SDs of three and then of four", () => {
    const four: Unit[] = [...units, { id: "n", value: 61.25 }];
    const sd = (set: readonly Unit[]): number => {
      const m = set.reduce((a, u) => a + u.value, 0) / set.length;
      return Math.sqrt(set.reduce((a, u) => a + (u.value - m) ** 2, 0) / (set.length - 1));
    };
    const spreads = [...explainSpread(sd(units), four), ...explainSpread(sd(four), four)];
    expect(spreads).toHaveLength(2);
    expect(isolatedGroup(spreads, ["d", "s1", "s2", "n"], 3)).toEqual(["n"]);
  });

  it("finds the others of a key user who answered in a total of three, not in one of four others", () => {
    const ids = ["k", "a", "b", "c"];
    expect(isolatedGroup([indicator(ids.slice(0, 3))], ids.slice(1, 3), 3)).toEqual(["a", "b"]);
    expect(isolatedGroup([indicator(ids)], ids.slice(1), 3)).toBeNull();
  });

  it("explains an item table by the one set of respondents that gives every count", () => {
    const people = [
      { id: "a", positive: [true, false, true] },
      { id: "b", positive: [false, false, true] },
      { id: "c", positive: [true, true, false] },
    ];
    const count = (set: readonly (typeof people)[number][], i: number) => ({
      n: set.length,
      positive: set.filter((p) => p.positive[i]).length,
    });
    const sets = explainCounts(
      people,
      [
        { n: 2, positive: 1 },
        { n: 2, positive: 0 },
        { n: 2, positive: 2 },
      ],
      count,
    );
    expect(sets.map((set) => set.map((p) => p.id))).toEqual([["a", "b"]]);
  });
});
