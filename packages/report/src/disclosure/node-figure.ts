import type { Role } from "@maturo/model";
import {
  type Moments,
  mergeMoments,
  roleGroupMoments,
  summarizeByRole,
  summarizeMoments,
} from "@maturo/scoring";
import type { DisclosureReason } from "./reasons.js";

export type Weighting = "equal" | "balanced";

export interface GroupFigure {
  readonly mean: number | null;
  readonly n: number;
}

/** Management against staff: both groups, or neither (with their counts, which stay visible). */
export type GapDisclosure =
  | {
      readonly status: "shown";
      readonly management: GroupFigure;
      readonly staff: GroupFigure;
      readonly gap: number;
    }
  | {
      readonly status: "withheld";
      readonly reason: DisclosureReason;
      readonly managementN: number;
      readonly staffN: number;
    };

/** One node's figures as a key user may see them. */
export interface NodeDisclosure {
  /** The mean under the chosen weighting; null when withheld. */
  readonly mean: number | null;
  readonly sd: number | null;
  /** Respondents with a score on the node (a count reveals no answer). */
  readonly n: number;
  /** Why the mean is withheld; null when shown. */
  readonly reason: DisclosureReason | null;
  readonly gap: GapDisclosure;
}

/**
 * The one decision on a node's figures (docs/architecture.md, "Disclosure control"):
 * - the total needs k respondents with a score;
 * - "balanced" differs from "equal" by the role groups' sizes, so it is shown only when every group
 *   that has respondents has at least k (otherwise equal − balanced isolates the small group);
 * - a role group is shown only with the other one, both with at least k: with one small group the
 *   total and the large group together would give the small one;
 * - a dimension is per respondent the mean of that respondent's categories, so respondents whose
 *   categories are not all scored (`incomplete`) tie the dimension to the category means in a way
 *   that singles them out: the dimension is shown only when they are none or at least k.
 */
export function discloseNode(
  byRole: Readonly<Record<Role, Moments>>,
  weighting: Weighting,
  k: number,
  incomplete = 0,
): NodeDisclosure {
  const total = summarizeMoments(mergeMoments(byRole.director, mergeMoments(byRole.manager, byRole.staff)));
  const management = summarizeMoments(roleGroupMoments(byRole, "management"));
  const staff = summarizeMoments(roleGroupMoments(byRole, "staff"));
  const groupsReachK = management.n >= k && staff.n >= k;
  const gap: GapDisclosure =
    groupsReachK && management.mean !== null && staff.mean !== null
      ? {
          status: "shown",
          management: { mean: management.mean, n: management.n },
          staff: { mean: staff.mean, n: staff.n },
          gap: management.mean - staff.mean,
        }
      : { status: "withheld", reason: "role-group-small", managementN: management.n, staffN: staff.n };
  const smallGroup = [management.n, staff.n].some((n) => n > 0 && n < k);
  const reason: DisclosureReason | null =
    total.n < k
      ? "too-few-respondents"
      : incomplete > 0 && incomplete < k
        ? "incomplete-categories"
        : weighting === "balanced" && smallGroup
          ? "balanced-small-group"
          : null;
  if (reason !== null) return { mean: null, sd: null, n: total.n, reason, gap };
  return { mean: summarizeByRole(byRole, weighting).mean, sd: total.sd, n: total.n, reason: null, gap };
}
