import { isAsked } from "@maturo/model/asked";
import type { Answers, Item, Section } from "./types.js";

export function itemIndex(sections: readonly Section[]): Map<string, Item> {
  return new Map(sections.flatMap((section) => section.items.map((item) => [item.id, item] as const)));
}

export interface Progress {
  answered: number;
  total: number;
}

/**
 * The shown items of a section: those the respondent is asked (`isAsked` of @maturo/model). The
 * server sends only the items of the respondent's role, without `roles`, so no role is passed.
 */
export function visibleItems(section: Section, answers: Answers, byId: ReadonlyMap<string, Item>): Item[] {
  return section.items.filter((item) => isAsked(item, null, answers, byId));
}

export function progressOf(items: readonly Item[], answers: Answers): Progress {
  return { answered: items.filter((item) => answers[item.id] !== undefined).length, total: items.length };
}

/**
 * Items whose answer should be cleared because another answer hid them: what is stored then matches
 * what the respondent was asked (an item behind a false condition is "not asked", and so is every
 * item behind it).
 */
export function newlyHidden(before: Answers, after: Answers, byId: ReadonlyMap<string, Item>): string[] {
  const hidden: string[] = [];
  for (const item of byId.values()) {
    if (!item.showIf || after[item.id] === undefined) continue;
    if (isAsked(item, null, before, byId) && !isAsked(item, null, after, byId)) hidden.push(item.id);
  }
  return hidden;
}
