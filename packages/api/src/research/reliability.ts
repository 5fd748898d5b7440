import type { LocalizedText } from "@maturo/model";
import { type AlphaItem, cronbachAlpha } from "@maturo/stats";
import { wording } from "../messages/catalogue.js";
import { answerColumns } from "./columns.js";
import { type Provenance, provenance } from "./provenance.js";
import type { ResearchContext } from "./research-campaign.js";

/** Cronbach's alpha of every scale (category node with at least two items of more than two points). */
export interface ScaleReliability {
  nodeId: string;
  label: LocalizedText;
  /** Items of the scale (or yes/no questions, when it has only those). */
  k: number;
  alpha: number | null;
  standardizedAlpha?: number | null;
  n?: number;
  items?: readonly AlphaItem[];
  /** Why alpha is null; null when it is given. */
  reason: string | null;
}

export async function reliability(
  ctx: ResearchContext,
  missing: "listwise" | "pairwise",
): Promise<{ provenance: Provenance; scales: ScaleReliability[] }> {
  const { campaign, instrument } = ctx;
  const compiled = instrument.compiled;
  const items = compiled.items;
  const data = await answerColumns(
    ctx.db,
    campaign.id,
    items.map((i) => i.id),
  );
  const scales = compiled.nodes
    .filter((node) => node.kind === "category")
    .map((node): ScaleReliability => {
      const scaleItems = items.filter((i) => i.node === node.id && i.points > 2);
      // Yes/no questions (a factual variable such as "an alderman for digitalisation") are
      // reported as such, not as a scale with zero items.
      const yesNo = items.filter((i) => i.node === node.id && i.points === 2).length;
      if (scaleItems.length < 2)
        return {
          nodeId: node.id,
          label: node.label,
          k: scaleItems.length === 0 && yesNo > 0 ? yesNo : scaleItems.length,
          alpha: null,
          reason: scaleItems.length === 0 && yesNo > 0 ? "yes/no questions" : "fewer than two items",
        };
      const result = cronbachAlpha(data.columns, {
        items: scaleItems.map((i) => i.id),
        reverse: scaleItems.filter((i) => i.reverse).map((i) => i.id),
        missing: missing,
      });
      if (!result.ok)
        return {
          nodeId: node.id,
          label: node.label,
          k: scaleItems.length,
          alpha: null,
          reason: wording("research.alpha-failed", { detail: result.error.message })[ctx.locale],
        };
      return {
        nodeId: node.id,
        label: node.label,
        k: scaleItems.length,
        alpha: result.value.alpha,
        standardizedAlpha: result.value.standardizedAlpha,
        n: result.value.n,
        items: result.value.items,
        reason: null,
      };
    });
  return { provenance: provenance(campaign, instrument, data.n, ctx.now()), scales };
}
