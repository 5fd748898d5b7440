import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_VARIABLE_NAME_LENGTH, VariableNamer, variableName } from "./variable-names.js";

const SPSS_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

describe("variable names", () => {
  it("turns item and node ids into SPSS and R names", () => {
    expect(variableName("tech-it-maintenance")).toBe("tech_it_maintenance");
    expect(variableName("score_context.normative-citizens")).toBe("score_context_normative_citizens");
    expect(variableName("1st-item")).toBe("v_1st_item");
    expect(variableName("to")).toBe("to_v");
    expect(variableName("with")).toBe("with_v");
    expect(variableName("in")).toBe("in_v");
    expect(variableName("x".repeat(80))).toHaveLength(MAX_VARIABLE_NAME_LENGTH);
  });

  it("keeps names unique, case-insensitively, within 64 characters", () => {
    const namer = new VariableNamer();
    expect(namer.reserve("role")).toBe("role");
    expect(namer.name("role")).toBe("role_2");
    expect(namer.name("a-b")).toBe("a_b");
    expect(namer.name("a.b")).toBe("a_b_2");
    expect(namer.name("A-B")).toBe("A_B_3");
    const long = "y".repeat(70);
    expect(namer.name(long)).toBe("y".repeat(64));
    expect(namer.name(`${long}z`)).toBe(`${"y".repeat(62)}_2`);
    expect(() => namer.reserve("ROLE")).toThrow(/already taken/);
  });

  it("always yields valid, unique names (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 90 }), { maxLength: 40 }), (ids) => {
        const namer = new VariableNamer();
        const names = ids.map((id) => namer.name(id));
        for (const name of names) {
          expect(name).toMatch(SPSS_NAME);
          expect(name.length).toBeLessThanOrEqual(MAX_VARIABLE_NAME_LENGTH);
        }
        expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
      }),
    );
  });
});
