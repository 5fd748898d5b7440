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
