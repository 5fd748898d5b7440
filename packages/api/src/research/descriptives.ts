import type { LocalizedText } from "@maturo/model";
import { type ItemStat, type StrengthsAndChallenges, strengthsAndChallenges } from "@maturo/scoring";
import { describe as describeColumn } from "@maturo/stats";
import { answerCounts } from "../shared/aggregates.js";
import { itemStatsFromCounts, maturityItemStats } from "../shared/item-results.js";
import { scoreColumns } from "./columns.js";
import { type Provenance, provenance } from "./provenance.js";
import type { ResearchContext } from "./research-campaign.js";

/** % positive per item over the whole campaign with its strengths and challenges; node score descriptives. */
export interface Descriptives {
  provenance: Provenance;
  items: (ItemStat & { node: string | null; text: LocalizedText | Record<string, never> })[];
  strengthsAndChallenges: StrengthsAndChallenges;
  nodes: { nodeId: string; label: LocalizedText; n: number; mean: number | null; sd: number | null }[];
  /** Every framework node's label, also of nodes without scores yet (an empty wave). */
  labels: Record<string, LocalizedText>;
}

export async function descriptives(ctx: ResearchContext): Promise<Descriptives> {
  const { campaign, instrument } = ctx;
  const compiled = instrument.compiled;
  const scores = await scoreColumns(ctx.db, campaign.id);
  const items = itemStatsFromCounts(compiled, await answerCounts(ctx.db, { campaignId: campaign.id }));
  const itemMeta = new Map(compiled.items.map((i) => [i.id, i]));
  const nodes = compiled.nodes
    .filter((node) => scores.columns[node.id])
    .map((node) => {
      const d = describeColumn(scores.columns[node.id] as (number | null)[]);
      return {
        nodeId: node.id,
        label: node.label,
        ...(d.ok ? { n: d.value.n, mean: d.value.mean, sd: d.value.sd } : { n: 0, mean: null, sd: null }),
      };
    });
  return {
    provenance: provenance(campaign, instrument, scores.n, ctx.now()),
    items: items.map((item) => ({
      ...item,
      node: itemMeta.get(item.itemId)?.node ?? null,
      text: itemMeta.get(item.itemId)?.text ?? {},
    })),
    strengthsAndChallenges: strengthsAndChallenges(maturityItemStats(compiled, items), { count: 5 }),
    nodes,
    labels: Object.fromEntries(compiled.nodes.map((node) => [node.id, node.label])),
  };
}
