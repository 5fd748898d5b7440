import type { LocalizedText } from "@maturo/model";
import { reasonMessage } from "./disclosure/reason-message.js";
import type { DisclosureRules } from "./disclosure/rules.js";
import type { RoleGroupSummary, ShownOverview } from "./input.js";
import type { ReportMessage } from "./localize.js";
import { profileScores } from "./profile-rows.js";

/** Management against staff on one node of the profile. */
export interface GapRow {
  readonly nodeId: string;
  readonly label: LocalizedText;
  readonly dimension: boolean;
  /** Null when withheld. */
  readonly figures: {
    readonly management: RoleGroupSummary;
    readonly staff: RoleGroupSummary;
    /** management mean − staff mean. */
    readonly gap: number;
  } | null;
  readonly withheld: ReportMessage | null;
}

/** Each group needs k respondents with a score, or the row says why. */
export function gapRows(
  overview: ShownOverview,
  nodeIds: readonly string[],
  rules: DisclosureRules,
): GapRow[] {
  const k = rules.minGroupSize;
  return profileScores(overview, nodeIds).map((s) => {
    const gap = s.breakdown.gap;
    const head = { nodeId: s.nodeId, label: s.label, dimension: s.kind === "dimension" };
    if (gap.status === "shown" && gap.management.n >= k && gap.staff.n >= k)
      return {
        ...head,
        figures: { management: gap.management, staff: gap.staff, gap: gap.gap },
        withheld: null,
      };
    const reason = gap.status === "withheld" ? gap.reason : "role-group-small";
    return { ...head, figures: null, withheld: reasonMessage(reason, rules) };
  });
}
