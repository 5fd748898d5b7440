import { describe, expect, it } from "vitest";
import type { Item, Section } from "./types.js";
import { itemIndex, newlyHidden, progressOf, visibleItems } from "./visibility.js";

function item(id: string, showIf: Item["showIf"] = null): Item {
  return { id, text: id, points: 6, labels: [], dontKnow: true, dontKnowLabel: "?", showIf };
}

const sections: Section[] = [
  {
    id: "s",
    plugin: "p",
    title: "S",
    items: [
      item("open-data"),
      item("open-data-use", { item: "open-data", in: [4, 5, 6] }),
      item("open-data-reuse", { item: "open-data-use", in: [6] }),
      item("other"),
    ],
  },
];
const byId = itemIndex(sections);
const section = sections[0] as Section;
const shown = (answers: Parameters<typeof visibleItems>[1]): string[] =>
  visibleItems(section, answers, byId).map((i) => i.id);

describe("showIf", () => {
  it("shows a dependent item only when its condition holds", () => {
    expect(shown({})).toEqual(["open-data", "other"]);
    expect(shown({ "open-data": 3 })).toEqual(["open-data", "other"]);
    expect(shown({ "open-data": "dk" })).toEqual(["open-data", "other"]);
    expect(shown({ "open-data": 4 })).toEqual(["open-data", "open-data-use", "other"]);
  });

  it("hides a chain when an item earlier in it is hidden, whatever was answered later", () => {
    expect(shown({ "open-data": 5, "open-data-use": 6 })).toContain("open-data-reuse");
    expect(shown({ "open-data": 2, "open-data-use": 6 })).toEqual(["open-data", "other"]);
  });

  it("counts progress over the shown items only", () => {
    const answers = { "open-data": 2, other: "dk" } as const;
    expect(visibleItems(section, answers, byId).map((i) => i.id)).toEqual(["open-data", "other"]);
    expect(progressOf(visibleItems(section, answers, byId), answers)).toEqual({ answered: 2, total: 2 });
  });

  it("names the answered items an answer hides, down the chain", () => {
    const before = { "open-data": 5, "open-data-use": 6, "open-data-reuse": 2 };
    const after = { ...before, "open-data": 1 };
    expect(newlyHidden(before, after, byId).sort()).toEqual(["open-data-reuse", "open-data-use"]);
    expect(newlyHidden(before, { ...before, "open-data": 6 }, byId)).toEqual([]);
  });
});
