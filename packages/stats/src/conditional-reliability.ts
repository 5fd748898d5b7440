import { type AlphaResult, cronbachAlpha } from "./cronbach-alpha.js";
import type { DataColumns } from "./data-columns.js";
import { fail, ok, type StatsResult } from "./stats-error.js";

export interface ConditionalReliabilityOptions {
  /** Every item of the scale. */
  readonly items: readonly string[];
  /** The items asked of only some respondents (a filter question decided); a subset of `items`. */
  readonly conditional: readonly string[];
  /** Which rows were asked each conditional item; reported as `nAsked` (optional). */
  readonly asked?: Readonly<Record<string, ArrayLike<boolean>>>;
  readonly reverse?: readonly string[];
  /** `listwise` (default) or `pairwise`, as in `cronbachAlpha`. */
  readonly missing?: "listwise" | "pairwise";
}

/**
 * Why a figure covers what it covers:
 * - `asked-of-all`: the items every respondent of the scale was asked, over the most respondents;
 * - `with-conditional`: all items, over the respondents who were asked the conditional items;
 * - `too-few-items`: fewer than two items left, so no alpha;
 * - `too-few-respondents`: fewer than two respondents answered these items, so no alpha.
 */
export type ReliabilityReason = "asked-of-all" | "with-conditional" | "too-few-items" | "too-few-respondents";

export interface ReliabilityFigure {
  readonly items: readonly string[];
  readonly reason: ReliabilityReason;
  /** Respondents behind the figure (0 when there is none). */
  readonly n: number;
  /** Rows asked every conditional item of the figure, when `asked` says so. */
  readonly nAsked?: number;
  readonly result: AlphaResult | null;
}

export interface ConditionalReliability {
  /** Over the items asked of everyone (the largest N). */
  readonly core: ReliabilityFigure;
  /** With the conditional items, over the respondents asked them; null without conditional items. */
  readonly withConditional: ReliabilityFigure | null;
}

function figure(
  data: DataColumns,
  items: readonly string[],
  reason: "asked-of-all" | "with-conditional",
  options: ConditionalReliabilityOptions,
): StatsResult<ReliabilityFigure> {
  if (items.length < 2) return ok({ items, reason: "too-few-items", n: 0, result: null });
  const reverse = (options.reverse ?? []).filter((r) => items.includes(r));
  const alpha = cronbachAlpha(data, {
    items,
    reverse,
    ...(options.missing === undefined ? {} : { missing: options.missing }),
  });
  if (!alpha.ok) {
    return alpha.error.code === "NO_ROWS"
      ? ok({ items, reason: "too-few-respondents", n: 0, result: null })
      : alpha;
  }
  return ok({ items, reason, n: alpha.value.n, result: alpha.value });
}

/**
 * Cronbach's alpha for a scale with conditional items. Respondents not asked an item are not
 * missing on it, so one listwise figure over all items silently keeps only the few asked
 * everything. Reports alpha over the items asked of everyone and, separately, alpha with the
 * conditional items over the respondents asked them, each with its N and the reason.
 */
export function conditionalReliability(
  data: DataColumns,
  options: ConditionalReliabilityOptions,
): StatsResult<ConditionalReliability> {
  const stray = options.conditional.find((item) => !options.items.includes(item));
  if (stray !== undefined) {
    return fail({
      code: "UNKNOWN_COLUMN",
      message: `conditional item "${stray}" is not one of the items`,
      column: stray,
    });
  }
  const core = figure(
    data,
    options.items.filter((item) => !options.conditional.includes(item)),
    "asked-of-all",
    options,
  );
  if (!core.ok) return core;
  if (options.conditional.length === 0) return ok({ core: core.value, withConditional: null });
  const all = figure(data, options.items, "with-conditional", options);
  if (!all.ok) return all;
  const masks = options.conditional.map((item) => options.asked?.[item]);
  if (masks.some((mask) => mask === undefined)) return ok({ core: core.value, withConditional: all.value });
  const rows = (masks[0] as ArrayLike<boolean>).length;
  let nAsked = 0;
  for (let i = 0; i < rows; i++) if (masks.every((mask) => (mask as ArrayLike<boolean>)[i])) nAsked++;
  return ok({ core: core.value, withConditional: { ...all.value, nAsked } });
}
