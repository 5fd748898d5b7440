import { type AnswerValue, isAsked, type NormalizedItem, type Role } from "@maturo/model";
import { CONTEXT_MODEL, isFactualNode, type OrganisationLatent } from "./latent-model.js";
import { normalCdf, normalQuantile } from "./normal-distribution.js";
import type { InvitationDraft } from "./participation.js";
import { createRandom } from "./random.js";
import type { DemoCampaignKey } from "./types.js";

/** A respondent's general optimism colours every judgement a little (common-method variance). */
const HALO_WEIGHT = 0.45;
/** How far one respondent's view of a scale strays from the organisation's level. */
const PERCEPTION_SD = 0.45;
/** The same for yes/no facts: people mostly agree whether the alderman exists. */
const FACT_PERCEPTION_SD = 0.3;
/**
 * Reliability each scale is built for: item noise is set from the scale's number of items so that
 * Cronbach's alpha of the latent responses lands in this range whatever a plugin's item count (cutting
 * into points lowers it a little).
 */
const TARGET_ALPHA = { min: 0.82, max: 0.9 } as const;
/** Inter-item correlation of a yes/no fact measured by a single item. */
const SINGLE_ITEM_RELIABILITY = 0.85;
/** Lowest cut below the positive one, in standard units (spreads the negative answers). */
const LOW_SPAN = 1.5;
/** Distance between consecutive cuts above the positive one. */
const HIGH_STEP = 1.6;
/** Base rate of "don't know" per role, on scales that offer it. */
const DONT_KNOW: Readonly<Record<Role, number>> = { director: 0.012, manager: 0.02, staff: 0.035 };
/** Nodes staff often cannot judge: their "don't know" rate is higher there. */
const REMOTE_FOR_STAFF = new Set([
  "capability.balance",
  "context.coercive",
  "context.financial-resources",
  "context.consensus",
  "context.digital-focus-mayor",
  "context.alderman-digital",
]);
/** Share of asked items a submitting respondent leaves blank. */
const SKIP_RATE = 0.004;

/** Management sees the organisation a bit brighter than staff (the gap the portal shows). */
function roleShift(node: string, role: Role): number {
  if (node.startsWith("capability.") || node.startsWith("legacy.")) {
    return role === "director" ? 0.3 : role === "manager" ? 0.2 : 0;
  }
  if (
    node === "context.digital-strategy" ||
    node === "context.digital-focus-management" ||
    node === "context.knowledge-development"
  ) {
    return role === "director" ? 0.15 : role === "manager" ? 0.1 : 0;
  }
  return 0;
}

interface ItemPlan {
  readonly item: NormalizedItem;
  /** Item noise relative to the scale's ideal noise (jitter so items differ in quality). */
  readonly noise: number;
  readonly dontKnowFactor: number;
  /** Intended % positive (0–100) in the current wave's submitted responses. */
  readonly target: number;
}

/** Intended % positive per item: the seed's figure, else a plausible value near its category's seeds. */
export function targetPercentPositive(items: readonly NormalizedItem[], seed: number): Map<string, number> {
  const seededByNode = new Map<string, number[]>();
  for (const item of items) {
    if (item.seed) {
      const list = seededByNode.get(item.node) ?? [];
      list.push(item.seed.percentPositive);
      seededByNode.set(item.node, list);
    }
  }
  const targets = new Map<string, number>();
  for (const item of items) {
    if (item.seed) {
      targets.set(item.id, item.seed.percentPositive);
      continue;
    }
    const random = createRandom(seed, `item-target/${item.id}`);
    const seeded = seededByNode.get(item.node);
    // Items written besides the seed's are a mix of strengths and challenges: halfway between the
    // category's seed items and an even split.
    const base = seeded
      ? (seeded.reduce((a, b) => a + b, 0) / seeded.length + 50) / 2
      : (CONTEXT_MODEL[item.node]?.positive ?? 55);
    const spread = seeded ? 12 : 8;
    targets.set(item.id, Math.min(92, Math.max(12, base + random.uniform(-spread, spread))));
  }
  return targets;
}

interface Respondent {
  readonly draft: InvitationDraft;
  readonly level: (node: string) => number;
  readonly halo: number;
  readonly perception: Map<string, number>;
  readonly itemNoise: Float64Array;
  readonly dontKnowDraw: Float64Array;
  readonly skipDraw: Float64Array;
  /** For a `started` invitation: how many asked items were answered before leaving. */
  readonly limit: number;
  answered: number;
  readonly answers: Record<string, AnswerValue>;
}

/**
 * Cut points in the item's latent values: the positive cut at the empirical quantile that gives
 * the target share, the others where a normal response model would put them, also as empirical
 * quantiles so the shape holds whatever the mixture of organisations looks like.
 */
function cutPoints(sample: Float64Array, points: number, firstPositive: number, target: number): number[] {
  const p = Math.min(0.995, Math.max(0.005, target / 100));
  const a = normalQuantile(1 - p);
  const cuts: number[] = [];
  for (let j = 1; j < points; j++) {
    let z: number;
    if (j < firstPositive - 1) z = a - (LOW_SPAN * (firstPositive - 1 - j)) / Math.max(1, firstPositive - 2);
    else if (j === firstPositive - 1) z = a;
    else z = a + HIGH_STEP * (j - firstPositive + 1);
    cuts.push(z);
  }
  const sorted = Float64Array.from(sample).sort();
  const n = sorted.length;
  if (n < 20) {
    // Too few answers to place cuts by quantile: use the normal model on the sample's moments.
    let mean = 0;
    for (const v of sorted) mean += v;
    mean = n > 0 ? mean / n : 0;
    let ss = 0;
    for (const v of sorted) ss += (v - mean) ** 2;
    const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 1;
    return cuts.map((z) => mean + sd * z);
  }
  let previous = Number.NEGATIVE_INFINITY;
  return cuts.map((z) => {
    const below = Math.round(normalCdf(z) * n);
    let cut: number;
    if (below <= 0) cut = (sorted[0] as number) - 1e-9;
    else if (below >= n) cut = (sorted[n - 1] as number) + 1e-9;
    else cut = ((sorted[below - 1] as number) + (sorted[below] as number)) / 2;
    previous = Math.max(previous, cut);
    return previous;
  });
}

function sampleVariance(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return 1;
  let mean = 0;
  for (const v of values) mean += v;
  mean /= n;
  let ss = 0;
  for (const v of values) ss += (v - mean) ** 2;
  return ss / (n - 1) || 1;
}

function category(y: number, cuts: readonly number[]): number {
  let c = 1;
  for (const cut of cuts) if (y > cut) c++;
  return c;
}

/**
 * Answers for every submitted and started invitation. Each respondent's view of a scale is their
 * organisation's latent level plus a role shift, a personal halo and personal noise; each item is
 * that view plus item noise, cut into the scale's points at thresholds calibrated on the current
 * wave's submitted responses so every item's % positive hits its target. Items are processed in
 * questionnaire order because `showIf` depends on earlier answers.
 */
export function generateAnswers(
  seed: number,
  items: readonly NormalizedItem[],
  drafts: readonly InvitationDraft[],
  latentOf: (code: string) => OrganisationLatent,
): Map<string, Record<string, AnswerValue>> {
  const targets = targetPercentPositive(items, seed);
  const plans: ItemPlan[] = items.map((item) => {
    const random = createRandom(seed, `item/${item.id}`);
    return {
      item,
      noise: random.uniform(0.85, 1.15),
      dontKnowFactor: random.uniform(0.5, 1.8),
      target: targets.get(item.id) ?? 50,
    };
  });
  const nodes = [...new Set(items.map((item) => item.node))];
  const byId = new Map(items.map((item) => [item.id, item]));

  const respondents: Respondent[] = [];
  for (const draft of drafts) {
    if (draft.status === "invited") continue;
    const random = createRandom(seed, `respondent/${draft.key}`);
    const latent = latentOf(draft.organisation.code);
    const campaign: DemoCampaignKey = draft.campaignKey;
    const halo = random.normal();
    const perception = new Map<string, number>();
    for (const node of nodes) perception.set(node, random.normal());
    const itemNoise = new Float64Array(items.length);
    const dontKnowDraw = new Float64Array(items.length);
    const skipDraw = new Float64Array(items.length);
    for (let i = 0; i < items.length; i++) {
      itemNoise[i] = random.normal();
      dontKnowDraw[i] = random.next();
      skipDraw[i] = random.next();
    }
    const forRole = items.filter((item) => item.roles.includes(draft.role)).length;
    const share = random.uniform(0.1, 0.75);
    respondents.push({
      draft,
      level: (node) => latent.level(node, campaign),
      halo,
      perception,
      itemNoise,
      dontKnowDraw,
      skipDraw,
      limit: draft.status === "started" ? Math.max(1, Math.floor(share * forRole)) : Number.POSITIVE_INFINITY,
      answered: 0,
      answers: {},
    });
  }

  // Each respondent's view of each scale, computed once: items of a scale share it.
  const nodeIndex = new Map(nodes.map((node, index) => [node, index]));
  const views = respondents.map((r) => {
    const row = new Float64Array(nodes.length);
    nodes.forEach((node, index) => {
      const factual = isFactualNode(node);
      row[index] =
        r.level(node) +
        roleShift(node, r.draft.role) +
        (factual ? 0 : HALO_WEIGHT * r.halo) +
        (factual ? FACT_PERCEPTION_SD : PERCEPTION_SD) * (r.perception.get(node) as number);
    });
    return row;
  });
  const view = (r: number, node: string): number =>
    (views[r] as Float64Array)[nodeIndex.get(node) as number] as number;

  // Noise per scale from the variance of the respondents' views and the scale's item count:
  // inter-item correlation r = alpha / (k − (k − 1) alpha) gives alpha for k items.
  const calibrationGroup = respondents.flatMap((r, index) =>
    r.draft.campaignKey === "current" && r.draft.status === "submitted" ? [index] : [],
  );
  const scaleNoise = new Map<string, number>();
  for (const node of nodes) {
    const k = items.filter((item) => item.node === node).length;
    const group = calibrationGroup.length > 1 ? calibrationGroup : respondents.map((_, index) => index);
    const values = group.map((r) => view(r, node));
    const variance = sampleVariance(values);
    const alpha = createRandom(seed, `scale/${node}`).uniform(TARGET_ALPHA.min, TARGET_ALPHA.max);
    const correlation = k > 1 ? alpha / (k - (k - 1) * alpha) : SINGLE_ITEM_RELIABILITY;
    scaleNoise.set(node, Math.sqrt((variance * (1 - correlation)) / correlation));
  }

  plans.forEach((plan, i) => {
    const { item } = plan;
    const noise = plan.noise * (scaleNoise.get(item.node) ?? 1);
    const pending: { respondent: Respondent; y: number }[] = [];
    for (let index = 0; index < respondents.length; index++) {
      const r = respondents[index] as Respondent;
      const role = r.draft.role;
      if (!isAsked(item, role, r.answers, byId)) continue;
      if (r.answered >= r.limit) continue;
      r.answered++;
      const dontKnowRate =
        DONT_KNOW[role] *
        plan.dontKnowFactor *
        (role === "staff" && REMOTE_FOR_STAFF.has(item.node) ? 1.8 : 1);
      if (item.dontKnow && (r.dontKnowDraw[i] as number) < dontKnowRate) {
        r.answers[item.id] = "dk";
        continue;
      }
      if (r.draft.status === "submitted" && (r.skipDraw[i] as number) < SKIP_RATE) continue;
      pending.push({ respondent: r, y: view(index, item.node) + noise * (r.itemNoise[i] as number) });
    }
    const calibration = pending.filter(
      (p) => p.respondent.draft.campaignKey === "current" && p.respondent.draft.status === "submitted",
    );
    const sample = Float64Array.from((calibration.length >= 20 ? calibration : pending).map((p) => p.y));
    // Cuts are placed in the "positive" direction: on the usual scale positive points are the top
    // ones; a scale whose positive points are the bottom ones is mirrored, as is a reverse item.
    const bottomPositive = Math.max(...item.positive) < item.points && Math.min(...item.positive) === 1;
    const firstPositive = bottomPositive
      ? item.points + 1 - Math.max(...item.positive)
      : Math.min(...item.positive);
    const cuts = cutPoints(sample, item.points, firstPositive, plan.target);
    for (const { respondent, y } of pending) {
      const c = category(y, cuts);
      respondent.answers[item.id] = item.reverse !== bottomPositive ? item.points + 1 - c : c;
    }
  });

  return new Map(respondents.map((r) => [r.draft.key, r.answers]));
}
