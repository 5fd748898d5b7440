import { ROLE_GROUPS, ROLES, type Role, type RoleGroup, type ScoringRules } from "@maturo/model";

/** An organisation's (or any group's) score on one node. `mean` and `sd` are null when n is too small. */
export interface NodeSummary {
  readonly mean: number | null;
  /** Sample SD (n − 1); null for n < 2. */
  readonly sd: number | null;
  /** Respondents with a score. */
  readonly n: number;
}

/** Running count, mean and sum of squared deviations of one group of scores (Welford). */
export interface Moments {
  readonly n: number;
  readonly mean: number;
  readonly m2: number;
}

export const EMPTY_MOMENTS: Moments = { n: 0, mean: 0, m2: 0 };

/** Add one score to running moments. */
export function addScore(moments: Moments, x: number): Moments {
  const n = moments.n + 1;
  const delta = x - moments.mean;
  const mean = moments.mean + delta / n;
  return { n, mean, m2: moments.m2 + delta * (x - mean) };
}

/** Moments of the union of two groups (Chan et al.), exact up to rounding. */
export function mergeMoments(a: Moments, b: Moments): Moments {
  if (a.n === 0) return b;
  if (b.n === 0) return a;
  const n = a.n + b.n;
  const delta = b.mean - a.mean;
  return { n, mean: a.mean + (delta * b.n) / n, m2: a.m2 + b.m2 + (delta * delta * a.n * b.n) / n };
}

/** Mean, sample SD and n of moments; mean null for n = 0, sd null for n < 2. */
export function summarizeMoments(moments: Moments): NodeSummary {
  const { n } = moments;
  return {
    mean: n === 0 ? null : moments.mean,
    sd: n < 2 ? null : Math.sqrt(Math.max(0, moments.m2) / (n - 1)),
    n,
  };
}

/** Moments of a role group (management = director + manager, staff) from per-role moments. */
export function roleGroupMoments(byRole: Readonly<Record<Role, Moments>>, group: RoleGroup): Moments {
  return ROLE_GROUPS[group].reduce<Moments>((all, role) => mergeMoments(all, byRole[role]), EMPTY_MOMENTS);
}

/**
 * An organisation's score on a node from its respondents' scores, per role (docs/architecture.md, "Scoring rules"). `equal`:
 * every respondent weighs the same. `balanced`: the mean is the mean of the role-group means
 * (management, staff) of the groups that have a score; sd and n stay those of all respondents.
 */
export function summarizeByRole(
  byRole: Readonly<Record<Role, Moments>>,
  weighting: ScoringRules["weighting"],
): NodeSummary {
  const all = ROLES.reduce<Moments>((total, role) => mergeMoments(total, byRole[role]), EMPTY_MOMENTS);
  const summary = summarizeMoments(all);
  if (weighting === "equal" || summary.n === 0) return summary;
  const means = (Object.keys(ROLE_GROUPS) as RoleGroup[])
    .map((group) => roleGroupMoments(byRole, group))
    .filter((moments) => moments.n > 0)
    .map((moments) => moments.mean);
  return { ...summary, mean: means.reduce((a, b) => a + b, 0) / means.length };
}

/** One stored respondent score, as the API keeps them. */
export interface RoleScore {
  readonly role: Role;
  readonly score: number | null;
}

/**
 * Aggregate stored respondent scores of one node with the same rules as the one-pass scorer (for an
 * API that stores respondent scores and aggregates them later). Null scores are skipped.
 */
export function aggregateScores(
  scores: readonly RoleScore[],
  weighting: ScoringRules["weighting"],
): NodeSummary {
  const byRole: Record<Role, Moments> = {
    director: EMPTY_MOMENTS,
    manager: EMPTY_MOMENTS,
    staff: EMPTY_MOMENTS,
  };
  for (const { role, score } of scores) {
    if (score !== null && Number.isFinite(score)) byRole[role] = addScore(byRole[role], score);
  }
  return summarizeByRole(byRole, weighting);
}
