/** % positive of one item over a set of respondents. */
export interface ItemStat {
  readonly itemId: string;
  /** Valid answers (points; not "don't know", blank or not asked). */
  readonly n: number;
  /** Valid answers counted positive (reverse-coded items mirrored). */
  readonly positive: number;
  /** positive / n × 100; null when n = 0. */
  readonly percentPositive: number | null;
}

export function itemStat(itemId: string, n: number, positive: number): ItemStat {
  return { itemId, n, positive, percentPositive: n === 0 ? null : (positive / n) * 100 };
}

export interface StrengthsOptions {
  /** How many items on each side (default 3). */
  readonly count?: number;
  /** Items with fewer valid answers are left out (default 1). */
  readonly minN?: number;
}

export interface StrengthsAndChallenges {
  /** Highest % positive first: "where it goes well". */
  readonly strengths: readonly ItemStat[];
  /** Lowest % positive first: "where the challenges are". Never repeats a strength. */
  readonly challenges: readonly ItemStat[];
}

/**
 * The items an organisation (or a whole campaign) does best and worst on, by % positive. Ties keep
 * questionnaire order (the order of `items`).
 */
export function strengthsAndChallenges(
  items: readonly ItemStat[],
  options: StrengthsOptions = {},
): StrengthsAndChallenges {
  const count = Math.max(0, Math.floor(options.count ?? 3));
  const minN = Math.max(1, options.minN ?? 1);
  const ranked = items
    .map((item, order) => ({ item, order }))
    .filter(({ item }) => item.n >= minN && item.percentPositive !== null)
    .sort((a, b) => (b.item.percentPositive ?? 0) - (a.item.percentPositive ?? 0) || a.order - b.order);
  const strengths = ranked.slice(0, Math.min(count, Math.ceil(ranked.length / 2)));
  const rest = ranked.slice(strengths.length);
  const challenges = rest
    .slice()
    .sort((a, b) => (a.item.percentPositive ?? 0) - (b.item.percentPositive ?? 0) || a.order - b.order)
    .slice(0, count);
  return { strengths: strengths.map((r) => r.item), challenges: challenges.map((r) => r.item) };
}
