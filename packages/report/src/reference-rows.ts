import type { LocalizedText } from "@maturo/model";
import { reasonMessage } from "./disclosure/reason-message.js";
import type { ReferenceDisclosure } from "./disclosure/reference-groups.js";
import type { DisclosureRules } from "./disclosure/rules.js";
import type { BenchmarkScopeChoice, ShownOverview, Weighting } from "./input.js";
import { leverAdvice } from "./lever-advice.js";
import type { ReportMessage } from "./localize.js";

/** One capability model of the reference wave: a capability category regressed on the context scales. */
export interface ReferenceModel {
  readonly nodeId: string;
  readonly label: LocalizedText;
}

/**
 * A context scale's strongest significant standardised β among the capability models of the
 * reference wave (respondent level, errors clustered by organisation, p < .05).
 */
export interface ReferenceDriver {
  /** The context scale (the predictor). */
  readonly nodeId: string;
  readonly model: ReferenceModel;
  readonly beta: number;
  /** Two-sided p of the cluster-robust t test. */
  readonly p: number;
  /** Respondents in the model (listwise) and organisations (clusters). */
  readonly n: number;
  readonly clusters: number;
}

/**
 * What the API gives the report about the reference wave (DESIGN §11): per node the disclosed median
 * and quartiles of the other organisations of the same kind for each scope, the context scales, and
 * the drivers from the wave's capability models. Organisations are averaged with the report's
 * weighting, so management and staff weigh the same on both sides.
 */
export interface ReferenceSource {
  readonly wave: { readonly id: number; readonly name: string };
  readonly weighting: Weighting;
  readonly nodes: readonly { readonly nodeId: string; readonly groups: readonly ReferenceDisclosure[] }[];
  /** The context scales in instrument order, with their labels. */
  readonly scales: readonly { readonly nodeId: string; readonly label: LocalizedText }[];
  /**
   * The three capability models, whether or not any scale was significant in them; empty when the
   * wave's data could not carry them (then no lever has a driver).
   */
  readonly models: readonly ReferenceModel[];
  /** Only scales with at least one significant β. */
  readonly drivers: readonly ReferenceDriver[];
}

/** The reference wave's median and quartiles of one node in one scope. */
export interface ReferenceFigure {
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  /** Other organisations the figure rests on. */
  readonly organisations: number;
}

/** The organisation's own score on a node next to the reference wave's figure, or why that is withheld. */
export interface ReferenceRow {
  readonly nodeId: string;
  readonly label: LocalizedText;
  readonly dimension: boolean;
  readonly own: number | null;
  /** Null when withheld. */
  readonly figure: ReferenceFigure | null;
  readonly withheld: ReportMessage | null;
}

/** The reference benchmark section: which wave, which group, how organisations were averaged. */
export interface ReferenceSection {
  readonly wave: { readonly id: number; readonly name: string };
  readonly scope: BenchmarkScopeChoice;
  readonly weighting: Weighting;
  readonly rows: readonly ReferenceRow[];
}

/** A context scale as a lever: own score, reference figure, gap, driver and what to do about it. */
export interface LeverRow extends ReferenceRow {
  /** Reference median − own score; null when either is missing. */
  readonly gap: number | null;
  /** Null when the scale had no significant β in any capability model. */
  readonly driver: Omit<ReferenceDriver, "nodeId"> | null;
  /** gap × β, the ranking key; null without a gap or a driver. */
  readonly priority: number | null;
  readonly advice: LocalizedText | null;
}

export interface LeverSection {
  readonly wave: { readonly id: number; readonly name: string };
  readonly scope: BenchmarkScopeChoice;
  readonly models: readonly ReferenceModel[];
  /** Ranked by priority, highest first; scales without a priority follow in instrument order. */
  readonly rows: readonly LeverRow[];
}

function row(
  overview: ShownOverview,
  source: ReferenceSource,
  nodeId: string,
  label: LocalizedText,
  scope: BenchmarkScopeChoice,
  rules: DisclosureRules,
): ReferenceRow {
  const score = overview.scores.find((s) => s.nodeId === nodeId);
  const ownShown = score !== undefined && !score.withheld && score.reason === null && score.mean !== null;
  const head = {
    nodeId,
    label: score?.label ?? label,
    dimension: score?.kind === "dimension",
    own: ownShown ? score.mean : null,
  };
  const group = source.nodes.find((n) => n.nodeId === nodeId)?.groups.find((g) => g.scope === scope);
  if (group?.status === "shown" && group.organisations >= rules.minBenchmarkGroup) {
    const { q1, median, q3, organisations } = group;
    return { ...head, figure: { q1, median, q3, organisations }, withheld: null };
  }
  const why = group?.status === "withheld" ? group.reason : "too-few-organisations";
  return { ...head, figure: null, withheld: reasonMessage(why, rules) };
}

/** The reference benchmark of the profile's nodes in the chosen scope; null without a reference wave. */
export function referenceSection(
  overview: ShownOverview,
  source: ReferenceSource | null,
  nodeIds: readonly string[],
  scope: BenchmarkScopeChoice,
  rules: DisclosureRules,
): ReferenceSection | null {
  if (!source) return null;
  return {
    wave: source.wave,
    scope,
    weighting: source.weighting,
    rows: nodeIds.map((nodeId) => row(overview, source, nodeId, { en: nodeId }, scope, rules)),
  };
}

/**
 * The context scales as levers (DESIGN §11): own score against the reference median and quartiles,
 * ranked by (median − own) × the scale's largest significant standardised β among the capability
 * models of the reference wave.
 */
export function leverSection(
  overview: ShownOverview,
  source: ReferenceSource | null,
  scope: BenchmarkScopeChoice,
  rules: DisclosureRules,
): LeverSection | null {
  if (!source || source.scales.length === 0) return null;
  const rows = source.scales.map(({ nodeId, label }): LeverRow => {
    const base = row(overview, source, nodeId, label, scope, rules);
    const gap = base.own !== null && base.figure ? base.figure.median - base.own : null;
    const found = source.drivers.find((d) => d.nodeId === nodeId);
    const driver = found
      ? { model: found.model, beta: found.beta, p: found.p, n: found.n, clusters: found.clusters }
      : null;
    return {
      ...base,
      gap,
      driver,
      priority: gap !== null && driver ? gap * driver.beta : null,
      advice: leverAdvice(nodeId),
    };
  });
  const ranked = rows
    .filter((r) => r.priority !== null)
    .sort((a, b) => (b.priority as number) - (a.priority as number));
  return {
    wave: source.wave,
    scope,
    models: source.models,
    rows: [...ranked, ...rows.filter((r) => r.priority === null)],
  };
}
