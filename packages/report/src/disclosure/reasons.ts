/**
 * Why a key-user figure is withheld (docs/architecture.md, "Disclosure control"). Each code is worded
 * in Dutch and English in the report texts as `reason_<code>`.
 */
export type DisclosureReason =
  /** The figure rests on fewer than k respondents. */
  | "too-few-respondents"
  /** "Balanced" weighting with a role group of fewer than k would reveal that group against "equal". */
  | "balanced-small-group"
  /** A role group (or the management–staff gap) with a group of fewer than k. */
  | "role-group-small"
  /** A dimension whose respondents include fewer than k without a score on every category. */
  | "incomplete-categories"
  /** An item asked of a subset of the respondents that has fewer than k. */
  | "item-subset-small"
  /** A benchmark group of fewer than the minimum of other organisations. */
  | "too-few-organisations"
  /** Two benchmark filters whose groups differ by fewer than the minimum of organisations. */
  | "filter-difference"
  /** The organisation has no score to compare. */
  | "no-score"
  /** The organisation's province or size class is not known. */
  | "no-attribute"
  /** The figures last shown were stored before this kind of figure was kept; it follows at the next refresh. */
  | "awaiting-refresh";

export const DISCLOSURE_REASONS: readonly DisclosureReason[] = [
  "too-few-respondents",
  "balanced-small-group",
  "role-group-small",
  "incomplete-categories",
  "item-subset-small",
  "too-few-organisations",
  "filter-difference",
  "no-score",
  "no-attribute",
  "awaiting-refresh",
];
