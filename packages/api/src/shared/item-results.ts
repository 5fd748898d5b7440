import type { CompiledInstrument } from "@maturo/model";
import { type ItemStat, isPositiveAnswer, itemStat } from "@maturo/scoring";

/** % positive per item (scoring's rule) from answer counts per point aggregated in SQL. */
export function itemStatsFromCounts(
  compiled: CompiledInstrument,
  counts: readonly { itemId: string; point: number | null; n: number }[],
): ItemStat[] {
  const tally = new Map<string, { n: number; positive: number }>();
  const items = new Map(compiled.items.map((item) => [item.id, item]));
  for (const { itemId, point, n } of counts) {
    const item = items.get(itemId);
    if (!item || point === null) continue;
    const entry = tally.get(itemId) ?? { n: 0, positive: 0 };
    entry.n += n;
    if (isPositiveAnswer(point, item.points, item.positive, item.reverse)) entry.positive += n;
    tally.set(itemId, entry);
  }
  return compiled.items.map((item) => {
    const entry = tally.get(item.id) ?? { n: 0, positive: 0 };
    return itemStat(item.id, entry.n, entry.positive);
  });
}

/** The categories under the two maturity axes (capability, legacy), capability first. */
export function maturityCategories(compiled: CompiledInstrument, axis: "capability" | "legacy"): string[] {
  return compiled.nodes
    .filter((node) => node.kind === "category" && node.parent === compiled.axes[axis])
    .map((node) => node.id);
}

/**
 * Only items that measure maturity (a capability or legacy category) can be strengths or challenges:
 * context questions describe circumstances — "is there an alderman for digitalisation?" is no strength.
 */
export function maturityItemStats(compiled: CompiledInstrument, items: readonly ItemStat[]): ItemStat[] {
  const categories = new Set([
    ...maturityCategories(compiled, "capability"),
    ...maturityCategories(compiled, "legacy"),
  ]);
  const nodeOf = new Map(compiled.items.map((item) => [item.id, item.node]));
  return items.filter((item) => categories.has(nodeOf.get(item.itemId) ?? ""));
}
