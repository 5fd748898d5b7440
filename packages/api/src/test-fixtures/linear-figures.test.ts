import { describe, expect, it } from "vitest";
import { explain, isolatedGroup, type Unit } from "./linear-figures.js";

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
});
