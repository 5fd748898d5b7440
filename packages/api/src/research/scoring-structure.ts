import type { CompiledInstrument } from "@maturo/model";

/**
 * What a script needs to recompute the stored scores from the items (docs/architecture.md, "Scoring
 * rules"): every scored node with its parent and kind, and the framework's two thresholds.
 */
export interface ScoringStructure {
  nodes: { nodeId: string; parent: string | null; kind: string }[];
  minValidItemShare: number;
  minCategoryShare: number;
}

export function scoringStructure(compiled: CompiledInstrument): ScoringStructure {
  return {
    nodes: compiled.nodes.map((n) => ({ nodeId: n.id, parent: n.parent, kind: n.kind })),
    minValidItemShare: compiled.rules.minValidItemShare,
    minCategoryShare: compiled.rules.minCategoryShare,
  };
}
