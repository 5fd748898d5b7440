import type { LocalizedText } from "@maturo/model";
import { type ItemStat, type StrengthsAndChallenges, strengthsAndChallenges } from "@maturo/scoring";
import { describe as describeColumn, itemDescriptives, type PointCount } from "@maturo/stats";
import { answerCounts } from "../shared/aggregates.js";
import { itemStatsFromCounts, maturityItemStats } from "../shared/item-results.js";
import { answerTable } from "./answer-table.js";
import { scoreColumns } from "./columns.js";
import { type Provenance, provenance } from "./provenance.js";
import type { ResearchContext } from "./research-campaign.js";
import { type ScoringStructure, scoringStructure } from "./scoring-structure.js";

/** The full descriptives of an item beside its % positive (docs/decisions.md, "Research methods in the console"). */
export interface ItemFigures {
  /** Respondents asked the item (its role and condition). */
  nAsked: number;
  nDontKnow: number;
  /** Share of those asked who answered "don't know" (0–100). */
  percentDontKnow: number | null;
  /** Of the valid answers, on the points as asked (a reverse-coded item is not mirrored). */
  mean: number | null;
  sd: number | null;
  median: number | null;
  counts: PointCount[];
  reverse: boolean;
}

/** % positive per item over the whole campaign with its strengths and challenges; node score descriptives. */
export interface Descriptives {
  provenance: Provenance;
  items: (ItemStat & ItemFigures & { node: string | null; text: LocalizedText | Record<string, never> })[];
  strengthsAndChallenges: StrengthsAndChallenges;
  nodes: { nodeId: string; label: LocalizedText; n: number; mean: number | null; sd: number | null }[];
  /** Every framework node's label, also of nodes without scores yet (an empty wave). */
  labels: Record<string, LocalizedText>;
  /** How scores are computed from the items, for a script that recomputes them. */
  scoring: ScoringStructure;
}

export async function descriptives(ctx: ResearchContext): Promise<Descriptives> {
  const { campaign, instrument } = ctx;
  const compiled = instrument.compiled;
  const scores = await scoreColumns(ctx.db, campaign.id);
  const items = itemStatsFromCounts(compiled, await answerCounts(ctx.db, { campaignId: campaign.id }));
  const itemMeta = new Map(compiled.items.map((i) => [i.id, i]));
  const answers = await answerTable(ctx.db, campaign.id, compiled.items);
  const figures = (itemId: string): ItemFigures => {
    const item = itemMeta.get(itemId);
    const points = Array.from({ length: item?.points ?? 0 }, (_, p) => p + 1);
    const d = itemDescriptives(answers.cells[itemId] ?? [], itemId, {
      points,
      dontKnow: ["dk"],
      asked: answers.asked[itemId] ?? [],
    });
    const reverse = item?.reverse ?? false;
    if (!d.ok)
      return {
        nAsked: 0,
        nDontKnow: 0,
        percentDontKnow: null,
        mean: null,
        sd: null,
        median: null,
        counts: [],
        reverse,
      };
    const { nAsked, nDontKnow, percentDontKnow, mean, sd, median, counts } = d.value;
    return { nAsked, nDontKnow, percentDontKnow, mean, sd, median, counts: [...counts], reverse };
  };
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
      ...figures(item.itemId),
      node: itemMeta.get(item.itemId)?.node ?? null,
      text: itemMeta.get(item.itemId)?.text ?? {},
    })),
    strengthsAndChallenges: strengthsAndChallenges(maturityItemStats(compiled, items), { count: 5 }),
    nodes,
    labels: Object.fromEntries(compiled.nodes.map((node) => [node.id, node.label])),
    scoring: scoringStructure(compiled),
  };
}
