import type { Role } from "@maturo/model";
import {
  type Moments,
  mergeMoments,
  type NodeSummary,
  roleGroupMoments,
  summarizeMoments,
} from "./node-summary.js";

/** Where management (director + manager) and staff see a node differently. */
export type RoleGroupGap =
  | {
      readonly status: "shown";
      readonly management: NodeSummary;
      readonly staff: NodeSummary;
      /** management mean − staff mean. */
      readonly gap: number;
    }
  | {
      readonly status: "withheld";
      readonly reason: "group-too-small";
      readonly message: string;
      readonly managementN: number;
      readonly staffN: number;
    };

/** The spread of respondents' scores inside the organisation. */
export type Spread =
  | { readonly status: "shown"; readonly sd: number | null; readonly n: number }
  | {
      readonly status: "withheld";
      readonly reason: "group-too-small";
      readonly message: string;
      readonly n: number;
    };

export interface NodeBreakdown {
  readonly nodeId: string;
  readonly gap: RoleGroupGap;
  readonly spread: Spread;
}

/**
 * The management-versus-staff gap and the within-organisation SD of one node, each shown only when
 * every group it shows has at least `minGroupSize` respondents with a score (docs/architecture.md, "Scoring rules"), so no
 * individual's answers can be read back.
 */
export function roleBreakdown(
  nodeId: string,
  byRole: Readonly<Record<Role, Moments>>,
  minGroupSize: number,
): NodeBreakdown {
  const management = summarizeMoments(roleGroupMoments(byRole, "management"));
  const staff = summarizeMoments(roleGroupMoments(byRole, "staff"));
  const all = summarizeMoments(mergeMoments(byRole.director, mergeMoments(byRole.manager, byRole.staff)));
  const gap: RoleGroupGap =
    management.n >= minGroupSize && staff.n >= minGroupSize && management.mean !== null && staff.mean !== null
      ? { status: "shown", management, staff, gap: management.mean - staff.mean }
      : {
          status: "withheld",
          reason: "group-too-small",
          message: `management and staff each need at least ${minGroupSize} respondents with a score (${management.n} and ${staff.n})`,
          managementN: management.n,
          staffN: staff.n,
        };
  const spread: Spread =
    all.n >= minGroupSize && all.n > 0
      ? { status: "shown", sd: all.sd, n: all.n }
      : {
          status: "withheld",
          reason: "group-too-small",
          message: `at least ${minGroupSize} respondents with a score are needed (${all.n})`,
          n: all.n,
        };
  return { nodeId, gap, spread };
}
