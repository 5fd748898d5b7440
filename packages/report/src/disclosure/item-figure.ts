import type { DisclosureReason } from "./reasons.js";

export interface ItemCounts {
  /** Valid answers (not "don't know", not blank). */
  readonly n: number;
  /** Respondents the item was asked of, by their role (an item may be asked of a subset). */
  readonly asked: number;
}

/**
 * An item's % positive may be shown only when the subset it was asked of reaches k and k valid
 * answers stand behind it (docs/architecture.md, "Disclosure control"). Null when it may be shown.
 */
export function itemWithheldReason(counts: ItemCounts, k: number): DisclosureReason | null {
  if (counts.asked < k) return "item-subset-small";
  if (counts.n < k) return "too-few-respondents";
  return null;
}
