import { type NodeId, ROLES, type Role, type ScoringRules } from "@maturo/model";
import { type ItemStat, itemStat } from "./item-stats.js";
import type { Moments, NodeSummary } from "./node-summary.js";
import { summarizeByRole } from "./node-summary.js";
import { type ProfileResult, profileFor } from "./profile.js";
import { type NodeBreakdown, roleBreakdown } from "./role-breakdown.js";
import { type MatrixScores, ROLE_COUNT, SCORE_PRESENT } from "./score-matrix.js";
import type { ScoringPlan } from "./scoring-plan.js";

/** One respondent's score per scored node (null: missing or not applicable). */
export function respondentScores(
  plan: ScoringPlan,
  result: MatrixScores,
  respondent: number,
): Record<NodeId, number | null> {
  const scores: Record<NodeId, number | null> = {};
  const base = respondent * result.nodeCount;
  plan.nodes.forEach((node, i) => {
    scores[node.id] = result.status[base + i] === SCORE_PRESENT ? (result.scores[base + i] as number) : null;
  });
  return scores;
}

/** The running moments of one organisation × node, per role. */
export function organisationMoments(
  result: MatrixScores,
  organisation: number,
  node: number,
): Record<Role, Moments> {
  const slot = (organisation * result.nodeCount + node) * ROLE_COUNT;
  const byRole = {} as Record<Role, Moments>;
  ROLES.forEach((role, k) => {
    byRole[role] = {
      n: result.groupCount[slot + k] as number,
      mean: result.groupMean[slot + k] as number,
      m2: result.groupM2[slot + k] as number,
    };
  });
  return byRole;
}

/**
 * % positive per item (plan order) for one organisation, or for all respondents when `organisation`
 * is omitted.
 */
export function itemStats(plan: ScoringPlan, result: MatrixScores, organisation?: number): ItemStat[] {
  const I = result.itemCount;
  const from = organisation ?? 0;
  const to = organisation === undefined ? result.organisationCount : organisation + 1;
  return plan.items.map((item, j) => {
    let n = 0;
    let positive = 0;
    for (let o = from; o < to; o++) {
      n += result.itemValid[o * I + j] as number;
      positive += result.itemPositive[o * I + j] as number;
    }
    return itemStat(item.id, n, positive);
  });
}

export interface OrganisationSummary {
  /** Respondents with a score per node are in `scores[node].n`. */
  readonly scores: Record<NodeId, NodeSummary>;
  readonly profile: ProfileResult | null;
  /** Management-versus-staff gap and within-organisation SD per node, under the minimum group rule. */
  readonly breakdown: readonly NodeBreakdown[];
  /** % positive per item for this organisation. */
  readonly items: readonly ItemStat[];
}

/** Scores, profile, role breakdown and % positive of one organisation of a scored matrix. */
export function organisationSummary(
  plan: ScoringPlan,
  result: MatrixScores,
  organisation: number,
  weighting: ScoringRules["weighting"] = plan.rules.weighting,
): OrganisationSummary {
  const scores: Record<NodeId, NodeSummary> = {};
  const breakdown: NodeBreakdown[] = [];
  plan.nodes.forEach((node, i) => {
    const byRole = organisationMoments(result, organisation, i);
    scores[node.id] = summarizeByRole(byRole, weighting);
    breakdown.push(roleBreakdown(node.id, byRole, plan.rules.minGroupSize));
  });
  const profile = profileFor(
    plan,
    scores[plan.axes.capability]?.mean ?? null,
    scores[plan.axes.legacy]?.mean ?? null,
  );
  return { scores, profile, breakdown, items: itemStats(plan, result, organisation) };
}
