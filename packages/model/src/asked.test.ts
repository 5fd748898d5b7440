import { describe, expect, it } from "vitest";
import { type AskableItem, isAsked } from "./asked.js";

const items: AskableItem[] = [
  { id: "open-data" },
  { id: "open-data-use", showIf: { item: "open-data", in: [4, 5, 6] } },
  { id: "open-data-reuse", showIf: { item: "open-data-use", in: [6] } },
  { id: "mayor", roles: ["director", "manager"] },
  { id: "mayor-digital", showIf: { item: "mayor", in: [1] } },
];
const byId = new Map(items.map((item) => [item.id, item]));
const asked = (id: string, role: "director" | "manager" | "staff" | null, answers = {}): boolean =>
  isAsked(byId.get(id) as AskableItem, role, answers, byId);

describe("isAsked", () => {
  it("asks an item without roles of every role, and one with roles only of those", () => {
    expect(asked("open-data", "staff")).toBe(true);
    expect(asked("open-data", null)).toBe(true);
    expect(asked("mayor", "director")).toBe(true);
    expect(asked("mayor", "staff")).toBe(false);
    expect(asked("mayor", null)).toBe(false);
  });

  it("asks a conditional item only when the answer is one of the listed points", () => {
    expect(asked("open-data-use", "staff")).toBe(false);
    expect(asked("open-data-use", "staff", { "open-data": 3 })).toBe(false);
    expect(asked("open-data-use", "staff", { "open-data": "dk" })).toBe(false);
    expect(asked("open-data-use", "staff", { "open-data": null })).toBe(false);
    expect(asked("open-data-use", "staff", { "open-data": 4 })).toBe(true);
  });

  it("does not ask down a chain whose controlling item was not asked, whatever was answered there", () => {
    expect(asked("open-data-reuse", "staff", { "open-data": 5, "open-data-use": 6 })).toBe(true);
    // A stale answer to "open-data-use", left from before "open-data" changed to 2, counts for nothing.
    expect(asked("open-data-reuse", "staff", { "open-data": 2, "open-data-use": 6 })).toBe(false);
    // The controlling item is not asked of staff, so neither is what depends on it.
    expect(asked("mayor-digital", "manager", { mayor: 1 })).toBe(true);
    expect(asked("mayor-digital", "staff", { mayor: 1 })).toBe(false);
  });

  it("does not ask an item whose controlling item is unknown or that sits in a cycle", () => {
    const orphan: AskableItem = { id: "orphan", showIf: { item: "missing", in: [1] } };
    expect(isAsked(orphan, "staff", { missing: 1 }, byId)).toBe(false);
    const a: AskableItem = { id: "a", showIf: { item: "b", in: [1] } };
    const b: AskableItem = { id: "b", showIf: { item: "a", in: [1] } };
    const cycle = new Map([
      ["a", a],
      ["b", b],
    ]);
    expect(isAsked(a, "staff", { a: 1, b: 1 }, cycle)).toBe(false);
  });
});
