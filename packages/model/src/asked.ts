/**
 * Whether an item is asked of a respondent: the one rule behind the questionnaire the web app
 * shows, the answers scoring accepts, the "not asked" code of the research export, the demo's
 * answers and the plugin authors' test host (docs/architecture.md, "Where each rule lives"; the
 * choices in docs/decisions.md, "Model: who is asked an item").
 * Zod-free and side-effect-free, so the respondent's browser loads it without the schemas.
 */
import type { Role } from "./vocabulary/roles.js";

/** Ask an item only when the answer to another item is one of the listed points. */
export interface ShowIfRule {
  readonly item: string;
  readonly in: readonly number[];
}

/**
 * What the rule reads of an item. A `NormalizedItem` fits, and so does an item of the web app's
 * questionnaire (which carries no `roles`: the server sends only the items of the respondent's role).
 */
export interface AskableItem {
  readonly id: string;
  /** Roles that are asked the item; absent = every role. */
  readonly roles?: readonly Role[] | undefined;
  /** Asked only when the answer to `showIf.item` is one of `showIf.in`; absent or null = always. */
  readonly showIf?: ShowIfRule | null | undefined;
}

/** Answers so far by item id. Only a point (a number) can meet a condition; "dk", null, absent never. */
export type AskedAnswers = Readonly<Record<string, unknown>>;

/**
 * Whether `item` is asked of a respondent in `role` (null: no role known, so only items without
 * `roles` qualify) who has given `answers`: the role is one of the item's roles, and — with a
 * `showIf` — the controlling item is itself asked and its answer is one of the listed points.
 * The chain is followed to its start, so an answer left behind on an item that a later change hid
 * does not keep the items that depend on it. An unknown controlling item, or a cycle (which plugin
 * validation refuses), means not asked.
 */
export function isAsked<T extends AskableItem>(
  item: T,
  role: Role | null,
  answers: AskedAnswers,
  items: ReadonlyMap<string, T>,
): boolean {
  let current: T | undefined = item;
  // A chain longer than the number of items has met an item twice: a cycle.
  for (let step = 0; current !== undefined && step <= items.size; step++) {
    const { roles, showIf } = current;
    if (roles !== undefined && (role === null || !roles.includes(role))) return false;
    if (showIf === null || showIf === undefined) return true;
    const answer = answers[showIf.item];
    if (typeof answer !== "number" || !showIf.in.includes(answer)) return false;
    current = items.get(showIf.item);
  }
  return false;
}
