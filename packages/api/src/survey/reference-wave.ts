import type { CompiledInstrument } from "@maturo/model";
import { disclosureRules } from "@maturo/report/disclosure";
import { type Quartiles, quartiles } from "@maturo/stats";
import { campaignStatus } from "../shared/campaign-status.js";
import type { Db } from "../shared/db.js";
import { loadInstrumentVersion } from "../shared/instrument-version.js";
import { organisationMeans, referenceCandidates } from "./queries.js";

/** The median and quartiles of the organisations' scores on one node in the reference wave. */
export interface ReferenceFigure extends Quartiles {
  /** Organisations with a score on the node that the figure rests on. */
  organisations: number;
}

export interface Reference {
  campaign: { id: number; name: string };
  /** Per node; absent where fewer organisations than the benchmark minimum have a score. */
  nodes: Record<string, ReferenceFigure>;
}

function nodeIdsOf(compiled: CompiledInstrument): string {
  return compiled.nodes
    .map((node) => node.id)
    .sort()
    .join("\n");
}

/**
 * The reference a respondent's own result is shown against (docs/decisions.md, "Own result"): the
 * latest closed research wave other than the respondent's own campaign whose pinned instrument has
 * the same framework nodes, with the median and quartiles of its organisations' scores per node
 * where at least the benchmark minimum of organisations have one; null when there is none.
 */
export async function referenceFor(
  db: Db,
  own: { campaignId: number; compiled: CompiledInstrument; nodeIds: readonly string[] },
  now: Date,
): Promise<Reference | null> {
  const nodes = nodeIdsOf(own.compiled);
  const minimum = disclosureRules(own.compiled.rules).minBenchmarkGroup;
  for (const candidate of await referenceCandidates(db, own.campaignId)) {
    if (campaignStatus(candidate, now) !== "closed") continue;
    const version = await loadInstrumentVersion(db, candidate.instrumentVersionId);
    if (nodeIdsOf(version.compiled) !== nodes) continue;
    const byNode = new Map<string, number[]>();
    for (const { nodeId, mean } of await organisationMeans(db, candidate.id, own.nodeIds)) {
      const means = byNode.get(nodeId) ?? [];
      means.push(mean);
      byNode.set(nodeId, means);
    }
    const figures: Record<string, ReferenceFigure> = {};
    for (const [nodeId, means] of byNode) {
      const q = means.length >= minimum ? quartiles(means) : null;
      if (q) figures[nodeId] = { ...q, organisations: means.length };
    }
    if (Object.keys(figures).length === 0) return null;
    return { campaign: { id: candidate.id, name: candidate.name }, nodes: figures };
  }
  return null;
}
