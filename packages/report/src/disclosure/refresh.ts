/** Whether the figures last shown are replaced by current ones, and how far the next refresh is. */
export interface RefreshDecision {
  readonly refresh: boolean;
  /** Changes (submissions plus withdrawals) not yet in the figures shown. */
  readonly pending: number;
  /** Changes still needed before the figures are refreshed next. */
  readonly remaining: number;
}

function changed(shown: readonly (number | string)[], current: readonly (number | string)[]): number {
  const before = new Set(shown);
  const now = new Set(current);
  let n = 0;
  for (const id of before) if (!now.has(id)) n += 1;
  for (const id of now) if (!before.has(id)) n += 1;
  return n;
}

/**
 * The time rule for one organisation's figures (docs/architecture.md, "Disclosure control"): figures move only when the units they
 * rest on (respondents, or organisations for benchmarks) changed by at least `step` since the figures
 * last shown, so two successive values never differ by fewer than `step` contributions. A basis of
 * fewer than `step` units showed no figure, so nothing can be differenced against it. Closing a
 * campaign does not change the rule.
 */
export function refreshDecision(
  shown: readonly (number | string)[] | null,
  current: readonly (number | string)[],
  step: number,
): RefreshDecision {
  const pending = shown === null || shown.length < step ? step : changed(shown, current);
  if (pending >= step) return { refresh: true, pending: 0, remaining: step };
  return { refresh: false, pending, remaining: step - pending };
}

/**
 * The time rule for benchmarks, with organisations as the unit: the organisations' scores last shown
 * (organisation id → a fingerprint of its submitted responses) are replaced once at least
 * `minimum` + 1 organisations changed. One more than the minimum because the snapshot is shared by
 * every organisation of the campaign and each leaves itself out of its own group: whoever looks,
 * at least `minimum` of the others changed.
 */
export function benchmarkRefreshDue(
  shown: Readonly<Record<string, string>> | null,
  current: Readonly<Record<string, string>>,
  minimum: number,
): boolean {
  if (shown === null) return true;
  const ids = new Set([...Object.keys(shown), ...Object.keys(current)]);
  let changedOrganisations = 0;
  for (const id of ids) if (shown[id] !== current[id]) changedOrganisations += 1;
  return changedOrganisations >= minimum + 1;
}
