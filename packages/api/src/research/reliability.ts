import type { LocalizedText } from "@maturo/model";
import { type AlphaItem, conditionalReliability, type ReliabilityFigure } from "@maturo/stats";
import { wording } from "../messages/catalogue.js";
import type { Localized } from "../messages/localized.js";
import { answerTable } from "./answer-table.js";
import { type Provenance, provenance } from "./provenance.js";
import type { ResearchContext } from "./research-campaign.js";

/** One alpha of a scale: over which items and respondents, and why (in the reader's language). */
export interface AlphaFigure {
  k: number;
  itemIds: string[];
  alpha: number | null;
  standardizedAlpha: number | null;
  n: number;
  items: readonly AlphaItem[];
  /** Which items and respondents the figure covers, or why there is none. */
  basis: string;
}

/**
 * Cronbach's alpha of every scale (category node with at least two items of more than two points),
 * over the items asked of every respondent of the scale (largest N) and, when the scale has
 * conditional items (asked of some roles or after a filter question), separately with them over
 * the respondents asked them (docs/decisions.md, "Research methods in the console").
 */
export interface ScaleReliability {
  nodeId: string;
  label: LocalizedText;
  /** Items of the figure asked of everyone (or yes/no questions, when the scale has only those). */
  k: number;
  alpha: number | null;
  standardizedAlpha?: number | null;
  n?: number;
  items?: readonly AlphaItem[];
  /** Why alpha is null; null when it is given. */
  reason: string | null;
  /** The figure over the items asked of everyone. */
  core: AlphaFigure | null;
  /** The figure with the conditional items; null when the scale has none. */
  withConditional: AlphaFigure | null;
}

function basisOf(f: ReliabilityFigure, conditional: readonly string[], nAsked?: number): Localized {
  switch (f.reason) {
    case "asked-of-all":
      return wording("research.alpha-asked-of-all");
    case "with-conditional":
      return wording("research.alpha-with-conditional", {
        items: conditional.join(", "),
        asked: nAsked ?? f.n,
      });
    case "too-few-items":
      return wording("research.alpha-too-few-items");
    default:
      return wording("research.alpha-too-few-respondents");
  }
}

export async function reliability(
  ctx: ResearchContext,
  missing: "listwise" | "pairwise",
): Promise<{ provenance: Provenance; scales: ScaleReliability[] }> {
  const { campaign, instrument, locale } = ctx;
  const compiled = instrument.compiled;
  const items = compiled.items;
  const answers = await answerTable(ctx.db, campaign.id, items);
  const columns = Object.fromEntries(
    Object.entries(answers.cells).map(([id, cells]) => [id, cells.map((c) => (c === "dk" ? null : c))]),
  );
  const figure = (f: ReliabilityFigure, conditional: readonly string[], nAsked?: number): AlphaFigure => ({
    k: f.items.length,
    itemIds: [...f.items],
    alpha: f.result?.alpha ?? null,
    standardizedAlpha: f.result?.standardizedAlpha ?? null,
    n: f.n,
    items: f.result?.items ?? [],
    basis: basisOf(f, conditional, nAsked)[locale],
  });
  const scales = compiled.nodes
    .filter((node) => node.kind === "category")
    .map((node): ScaleReliability => {
      const scaleItems = items.filter((i) => i.node === node.id && i.points > 2);
      // Yes/no questions (a factual variable such as "an alderman for digitalisation") are
      // reported as such, not as a scale with zero items.
      const yesNo = items.filter((i) => i.node === node.id && i.points === 2).length;
      if (scaleItems.length < 2) {
        const onlyYesNo = scaleItems.length === 0 && yesNo > 0;
        return {
          nodeId: node.id,
          label: node.label,
          k: onlyYesNo ? yesNo : scaleItems.length,
          alpha: null,
          reason: wording(onlyYesNo ? "research.alpha-yes-no" : "research.alpha-too-few-items")[locale],
          core: null,
          withConditional: null,
        };
      }
      // The scale's respondents are those asked any of its items; an item not asked of all of them
      // is conditional.
      const ids = scaleItems.map((i) => i.id);
      const inScale = Array.from({ length: answers.n }, (_, r) => ids.some((id) => answers.asked[id]?.[r]));
      const conditional = ids.filter((id) => inScale.some((yes, r) => yes && !answers.asked[id]?.[r]));
      const result = conditionalReliability(columns, {
        items: ids,
        conditional,
        asked: Object.fromEntries(conditional.map((id) => [id, answers.asked[id] ?? []])),
        reverse: scaleItems.filter((i) => i.reverse).map((i) => i.id),
        missing,
      });
      if (!result.ok)
        return {
          nodeId: node.id,
          label: node.label,
          k: scaleItems.length,
          alpha: null,
          reason: wording("research.alpha-failed", { detail: result.error.message })[locale],
          core: null,
          withConditional: null,
        };
      const core = figure(result.value.core, conditional);
      const withConditional =
        result.value.withConditional &&
        figure(result.value.withConditional, conditional, result.value.withConditional.nAsked);
      return {
        nodeId: node.id,
        label: node.label,
        k: core.k,
        alpha: core.alpha,
        standardizedAlpha: core.standardizedAlpha,
        n: core.n,
        items: core.items,
        reason: core.alpha === null ? core.basis : null,
        core,
        withConditional,
      };
    });
  return { provenance: provenance(campaign, instrument, answers.n, ctx.now()), scales };
}
