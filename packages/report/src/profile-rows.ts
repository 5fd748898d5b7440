import type { LocalizedText } from "@maturo/model";
import { reasonMessage } from "./disclosure/reason-message.js";
import type { DisclosureRules } from "./disclosure/rules.js";
import type { OverviewScore, ShownOverview } from "./input.js";
import type { ReportMessage } from "./localize.js";

/** One node of the maturity profile. */
export interface ProfileRow {
  readonly nodeId: string;
  readonly label: LocalizedText;
  /** A dimension (capability, legacy) rather than one of its categories. */
  readonly dimension: boolean;
  readonly mean: number | null;
  readonly sd: number | null;
  readonly n: number;
  /** Why the score is not shown; null when it is. */
  readonly withheld: ReportMessage | null;
}

/** The overview's scores of the profile nodes, in the profile's order (nodes without a score left out). */
export function profileScores(overview: ShownOverview, nodeIds: readonly string[]): OverviewScore[] {
  return nodeIds
    .map((id) => overview.scores.find((s) => s.nodeId === id))
    .filter((s): s is OverviewScore => s !== undefined);
}

export function profileRows(
  overview: ShownOverview,
  nodeIds: readonly string[],
  rules: DisclosureRules,
): ProfileRow[] {
  return profileScores(overview, nodeIds).map((s) => {
    const shown = !s.withheld && s.reason === null && s.n >= rules.minGroupSize;
    return {
      nodeId: s.nodeId,
      label: s.label,
      dimension: s.kind === "dimension",
      mean: shown ? s.mean : null,
      sd: shown ? s.sd : null,
      n: s.n,
      withheld: shown ? null : reasonMessage(s.reason ?? "too-few-respondents", rules),
    };
  });
}
