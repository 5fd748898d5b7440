import type { LocalizedText } from "@maturo/model";
import type { BenchmarkScopeChoice, ShownOverview } from "./input.js";
import type { ReportMessage } from "./localize.js";

/** The organisation's score on one node next to a group of other organisations. */
export interface BenchmarkRow {
  readonly nodeId: string;
  readonly label: LocalizedText;
  readonly dimension: boolean;
  readonly own: number | null;
  /** Null when withheld. */
  readonly group: { readonly mean: number; readonly percentile: number; readonly size: number } | null;
  readonly withheld: ReportMessage | null;
}

function reason(code: string, size: number, minimum: number): ReportMessage {
  if (code === "group-too-small") return { key: "reasonSmall", values: { min: minimum, n: size } };
  if (code === "no-attribute") return { key: "reasonAttribute" };
  return { key: "reasonNoScore" };
}

/**
 * The benchmark of the chosen scope per profile node, in the profile's order. A group smaller than
 * the minimum is withheld here too, so the report never shows one the rules forbid.
 */
export function benchmarkRows(
  overview: ShownOverview,
  nodeIds: readonly string[],
  scope: BenchmarkScopeChoice,
  minimum: number,
): BenchmarkRow[] {
  return nodeIds.flatMap((nodeId): BenchmarkRow[] => {
    const benchmark = overview.benchmarks.find((b) => b.nodeId === nodeId);
    if (!benchmark) return [];
    const score = overview.scores.find((s) => s.nodeId === nodeId);
    const group = benchmark.groups.find((g) => g.scope === scope);
    const head = {
      nodeId,
      label: score?.label ?? { en: nodeId },
      dimension: score?.kind === "dimension",
      own: score?.mean ?? null,
    };
    if (group?.status === "shown" && group.groupSize >= minimum)
      return [
        {
          ...head,
          group: { mean: group.groupMean, percentile: group.percentileRank, size: group.groupSize },
          withheld: null,
        },
      ];
    const why = group ? (group.status === "withheld" ? group.reason : "group-too-small") : "no-score";
    return [{ ...head, group: null, withheld: reason(why, group?.groupSize ?? 0, minimum) }];
  });
}
