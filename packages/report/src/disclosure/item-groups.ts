import { ROLE_GROUPS, type Role, type RoleGroup } from "@maturo/model";
import { itemWithheldReason } from "./item-figure.js";
import type { DisclosureReason } from "./reasons.js";

/** One role's tally on one item: respondents it was asked of, valid answers, positive answers. */
export interface ItemRoleTally {
  readonly asked: number;
  readonly n: number;
  readonly positive: number;
}

/** One role group's % positive on an item and the valid answers behind it. */
export interface ItemGroupFigure {
  readonly percentPositive: number;
  readonly n: number;
}

/** An item's % positive of management against staff: both groups, or neither (with their counts). */
export type ItemGroupDisclosure =
  | {
      readonly status: "shown";
      readonly management: ItemGroupFigure;
      readonly staff: ItemGroupFigure;
      /** Management's % positive minus staff's, in percentage points. */
      readonly difference: number;
    }
  | {
      readonly status: "withheld";
      readonly reason: DisclosureReason;
      readonly managementN: number;
      readonly staffN: number;
    };

function groupTally(byRole: Readonly<Record<Role, ItemRoleTally>>, group: RoleGroup): ItemRoleTally {
  return ROLE_GROUPS[group].reduce(
    (all, role) => ({
      asked: all.asked + byRole[role].asked,
      n: all.n + byRole[role].n,
      positive: all.positive + byRole[role].positive,
    }),
    { asked: 0, n: 0, positive: 0 },
  );
}

/**
 * The one decision on an item's role-group figures (docs/architecture.md, "Disclosure control"): the
 * item's % positive of management and of staff are shown together or not at all, and only when each
 * group was asked the item by at least k respondents and gave at least k valid answers. The item's
 * total is the sum of the two groups, so with both at k or more neither group follows from the total
 * and the other; with one group below k, showing the other would give it away.
 */
export function discloseItemGroups(
  byRole: Readonly<Record<Role, ItemRoleTally>>,
  k: number,
): ItemGroupDisclosure {
  const management = groupTally(byRole, "management");
  const staff = groupTally(byRole, "staff");
  const small = itemWithheldReason(management, k) ?? itemWithheldReason(staff, k);
  if (small !== null)
    return { status: "withheld", reason: "role-group-small", managementN: management.n, staffN: staff.n };
  const figure = (tally: ItemRoleTally): ItemGroupFigure => ({
    percentPositive: (tally.positive / tally.n) * 100,
    n: tally.n,
  });
  return {
    status: "shown",
    management: figure(management),
    staff: figure(staff),
    difference: figure(management).percentPositive - figure(staff).percentPositive,
  };
}
