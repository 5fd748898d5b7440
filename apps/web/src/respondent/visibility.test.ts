import { describe, expect, it } from "vitest";
import type { Item, Section } from "./types.js";
import { isVisible, itemIndex, newlyHidden, progressOf, visibleItems } from "./visibility.js";

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

describe("showIf", () => {
  it("shows a dependent item only when its condition holds", () => {
    const use = byId.get("open-data-use") as Item;
    expect(isVisible(use, {}, byId)).toBe(false);
    expect(isVisible(use, { "open-data": 3 }, byId)).toBe(false);
    expect(isVisible(use, { "open-data": "dk" }, byId)).toBe(false);
    expect(isVisible(use, { "open-data": 4 }, byId)).toBe(true);
  });

  it("hides a chain when an item earlier in it is hidden, whatever was answered later", () => {
    const reuse = byId.get("open-data-reuse") as Item;
    expect(isVisible(reuse, { "open-data": 5, "open-data-use": 6 }, byId)).toBe(true);
    expect(isVisible(reuse, { "open-data": 2, "open-data-use": 6 }, byId)).toBe(false);
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
