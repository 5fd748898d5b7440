import type { Answers, Item, Section } from "./types.js";

/**
 * Whether an item is shown: it has no condition, or the item it depends on is itself shown and was
 * answered with one of the listed points. Conditions only point backwards in the questionnaire, but
 * the lookup is by id so any order works; a cycle counts as hidden.
 */
export function isVisible(
  item: Item,
  answers: Answers,
  byId: ReadonlyMap<string, Item>,
  seen: Set<string> = new Set(),
): boolean {
  if (!item.showIf) return true;
  if (seen.has(item.id)) return false;
  seen.add(item.id);
  const controller = byId.get(item.showIf.item);
  if (!controller || !isVisible(controller, answers, byId, seen)) return false;
  const answer = answers[controller.id];
  return typeof answer === "number" && item.showIf.in.includes(answer);
}

export function itemIndex(sections: readonly Section[]): Map<string, Item> {
  return new Map(sections.flatMap((section) => section.items.map((item) => [item.id, item] as const)));
}

export interface Progress {
  answered: number;
  total: number;
}

/** The shown items of a section. */
export function visibleItems(section: Section, answers: Answers, byId: ReadonlyMap<string, Item>): Item[] {
  return section.items.filter((item) => isVisible(item, answers, byId));
}

export function progressOf(items: readonly Item[], answers: Answers): Progress {
  return { answered: items.filter((item) => answers[item.id] !== undefined).length, total: items.length };
}

/**
 * Items whose answer should be cleared because another answer hid them: what is stored then matches
 * what the respondent was asked (§6: an item behind a false condition is "not asked").
 */
export function newlyHidden(before: Answers, after: Answers, byId: ReadonlyMap<string, Item>): string[] {
  const hidden: string[] = [];
  for (const item of byId.values()) {
    if (!item.showIf || after[item.id] === undefined) continue;
    if (isVisible(item, before, byId) && !isVisible(item, after, byId)) hidden.push(item.id);
  }
  return hidden;
}
