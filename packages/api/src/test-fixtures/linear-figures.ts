/**
 * The algebra of the disclosure attack suite: a figure a key user obtained, written as a linear
 * combination of individual contributions (respondents, or organisations for benchmarks), and the
 * question whether any combination of the figures obtained singles out fewer than `k` of them.
 */

/** A unit (respondent or organisation) with its generated value and, for respondents, its role group. */
export interface Unit {
  readonly id: string;
  readonly value: number;
  readonly group?: "management" | "staff";
}

/** Coefficients per unit id (absent = 0). */
export type Combination = ReadonlyMap<string, number>;

function mean(units: readonly Unit[]): number {
  return units.reduce((s, u) => s + u.value, 0) / units.length;
}

function meanVector(units: readonly Unit[], scale = 1): Map<string, number> {
  return new Map(units.map((u) => [u.id, scale / units.length]));
}

function add(a: Map<string, number>, b: Map<string, number>): Map<string, number> {
  const out = new Map(a);
  for (const [id, c] of b) out.set(id, (out.get(id) ?? 0) + c);
  return out;
}

function subsets<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask += 1) out.push(items.filter((_, i) => (mask >> i) & 1));
  return out;
}

/**
 * Every way the value can be produced from the units: a plain mean of a subset, the mean of a
 * subset's two role-group means (balanced weighting), or the difference of those means (the gap).
 * The generated values are random doubles, so a match is the combination the figure rests on.
 */
export function explain(value: number, units: readonly Unit[], tolerance = 1e-7): Combination[] {
  const found: Combination[] = [];
  for (const set of subsets(units)) {
    if (Math.abs(mean(set) - value) < tolerance) found.push(meanVector(set));
    const management = set.filter((u) => u.group === "management");
    const staff = set.filter((u) => u.group === "staff");
    if (management.length === 0 || staff.length === 0) continue;
    if (Math.abs((mean(management) + mean(staff)) / 2 - value) < tolerance)
      found.push(add(meanVector(management, 0.5), meanVector(staff, 0.5)));
    if (Math.abs(mean(management) - mean(staff) - value) < tolerance)
      found.push(add(meanVector(management), meanVector(staff, -1)));
  }
  return found;
}

function sampleSd(units: readonly Unit[]): number {
  const m = mean(units);
  return Math.sqrt(units.reduce((s, u) => s + (u.value - m) ** 2, 0) / (units.length - 1));
}

/**
 * A standard deviation as a linear figure: with the mean of the same set it gives Σx² over that set,
 * a sum of the units' squares. Returns every set whose sample SD is the value, as the indicator of
 * the squares it sums.
 */
export function explainSpread(value: number, units: readonly Unit[], tolerance = 1e-7): Combination[] {
  return subsets(units)
    .filter((set) => set.length > 1 && Math.abs(sampleSd(set) - value) < tolerance)
    .map((set) => meanVector(set, set.length));
}

/**
 * Counts over one set of units, as a table of items shows them (valid answers and positive answers
 * per item): every subset of the units that gives every count obtained. A % positive is then, per
 * item, the sum of the positive-answer indicators over those of the set who answered the item.
 */
export function explainCounts<T extends { readonly id: string }>(
  units: readonly T[],
  counts: readonly { readonly n: number; readonly positive: number }[],
  count: (set: readonly T[], index: number) => { n: number; positive: number },
): T[][] {
  return subsets(units).filter((set) =>
    counts.every((c, i) => {
      const got = count(set, i);
      return got.n === c.n && got.positive === c.positive;
    }),
  );
}

/** The indicator of a set of unit ids (coefficient 1 on each). */
export function indicator(ids: readonly string[]): Combination {
  return new Map(ids.map((id) => [id, 1]));
}

function rank(rows: readonly number[][]): number {
  const m = rows.map((r) => [...r]);
  let r = 0;
  const columns = m[0]?.length ?? 0;
  for (let c = 0; c < columns && r < m.length; c += 1) {
    let pivot = r;
    for (let i = r + 1; i < m.length; i += 1)
      if (Math.abs(m[i]?.[c] ?? 0) > Math.abs(m[pivot]?.[c] ?? 0)) pivot = i;
    if (Math.abs(m[pivot]?.[c] ?? 0) < 1e-9) continue;
    [m[r], m[pivot]] = [m[pivot] as number[], m[r] as number[]];
    const head = m[r] as number[];
    for (let i = 0; i < m.length; i += 1) {
      if (i === r) continue;
      const row = m[i] as number[];
      const f = (row[c] ?? 0) / (head[c] as number);
      for (let j = c; j < columns; j += 1) row[j] = (row[j] ?? 0) - f * (head[j] ?? 0);
    }
    r += 1;
  }
  return r;
}

/**
 * The smallest set of fewer than `k` units that some linear combination of the figures isolates
 * (a combination that is non-zero and rests only on those units), or null when there is none.
 * A combination supported inside T exists exactly when dropping T's columns lowers the rank.
 */
export function isolatedGroup(
  figures: readonly Combination[],
  unitIds: readonly string[],
  k: number,
): string[] | null {
  if (figures.length === 0) return null;
  const matrix = figures.map((f) => unitIds.map((id) => f.get(id) ?? 0));
  const full = rank(matrix);
  for (const group of subsets(unitIds.map((_, i) => i))) {
    if (group.length >= k) continue;
    const rest = matrix.map((row) => row.filter((_, j) => !group.includes(j)));
    if (rank(rest) < full) return group.map((j) => unitIds[j] as string);
  }
  return null;
}
