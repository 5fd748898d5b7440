import type { LocalizedText } from "@maturo/model";
import { reasonMessage } from "./disclosure/reason-message.js";
import type { DisclosureRules } from "./disclosure/rules.js";
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

/**
 * The benchmark of the chosen scope per profile node, in the profile's order. A group smaller than
 * the minimum is withheld here too, so the report never shows one the rules forbid.
 */
export function benchmarkRows(
  overview: ShownOverview,
  nodeIds: readonly string[],
  scope: BenchmarkScopeChoice,
  rules: DisclosureRules,
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
    if (group?.status === "shown" && group.groupSize >= rules.minBenchmarkGroup)
      return [
        {
          ...head,
          group: { mean: group.groupMean, percentile: group.percentileRank, size: group.groupSize },
          withheld: null,
        },
      ];
    const why = group ? (group.status === "withheld" ? group.reason : "too-few-organisations") : "no-score";
    return [{ ...head, group: null, withheld: reasonMessage(why, rules) }];
  });
}
