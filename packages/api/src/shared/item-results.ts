import { type CompiledInstrument, ROLES, type Role } from "@maturo/model";
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

/** One role's tally on an item: respondents asked (by the item's roles), valid and positive answers. */
export interface RoleTally {
  asked: number;
  n: number;
  positive: number;
}

/**
 * Per item and role, the respondents it was asked of and the valid and positive answers (scoring's
 * rule of % positive), from answer counts per role aggregated in SQL: what the disclosure module
 * decides an item's management and staff figures from.
 */
export function itemRoleTallies(
  compiled: CompiledInstrument,
  counts: readonly { itemId: string; role: Role; point: number | null; n: number }[],
  respondents: Readonly<Record<Role, number>>,
): Map<string, Record<Role, RoleTally>> {
  const tallies = new Map<string, Record<Role, RoleTally>>();
  for (const item of compiled.items) {
    const byRole = Object.fromEntries(
      ROLES.map((role) => [
        role,
        { asked: item.roles.includes(role) ? respondents[role] : 0, n: 0, positive: 0 },
      ]),
    ) as Record<Role, RoleTally>;
    tallies.set(item.id, byRole);
  }
  const items = new Map(compiled.items.map((item) => [item.id, item]));
  for (const { itemId, role, point, n } of counts) {
    const item = items.get(itemId);
    const tally = tallies.get(itemId)?.[role];
    if (!item || !tally || point === null) continue;
    tally.n += n;
    if (isPositiveAnswer(point, item.points, item.positive, item.reverse)) tally.positive += n;
  }
  return tallies;
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
