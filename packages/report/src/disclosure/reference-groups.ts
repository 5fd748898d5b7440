import type { BenchmarkScope, PeerScore } from "@maturo/scoring";
import { type Quartiles, quartiles } from "@maturo/stats";
import { differenceSize, scopeMembers } from "./benchmark-groups.js";
import type { DisclosureReason } from "./reasons.js";

/**
 * One group of a reference wave as a key user may see it: the median and quartiles of the other
 * organisations' scores, or why they are withheld. `organisations` counts the group either way.
 */
export type ReferenceDisclosure =
  | (Quartiles & { readonly scope: BenchmarkScope; readonly status: "shown"; readonly organisations: number })
  | {
      readonly scope: BenchmarkScope;
      readonly status: "withheld";
      readonly reason: DisclosureReason;
      readonly organisations: number;
    };

/**
 * The reference groups of one node (docs/architecture.md, "Disclosure control", organisations as the
 * unit): `self` is the organisation the report is for, `peers` the organisations of the reference wave
 * with their score there. The organisation itself is left out (it may have taken part in the wave);
 * a group needs `minimum` other organisations with a score, and a group that differs from one shown
 * before by fewer than `minimum` organisations is withheld, as with benchmarks.
 */
export function discloseReference(
  self: Omit<PeerScore, "score">,
  peers: readonly PeerScore[],
  scopes: readonly BenchmarkScope[],
  minimum: number,
): ReferenceDisclosure[] {
  const me: PeerScore = { ...self, score: 0 };
  const shownGroups: Uint8Array[] = [];
  return scopes.map((scope): ReferenceDisclosure => {
    if (scope !== "all" && (self[scope] ?? null) === null)
      return { scope, status: "withheld", reason: "no-attribute", organisations: 0 };
    const group = scopeMembers(me, peers, scope);
    const size = group.reduce((n, flag) => n + flag, 0);
    const withheld = (reason: DisclosureReason): ReferenceDisclosure => ({
      scope,
      status: "withheld",
      reason,
      organisations: size,
    });
    if (size < minimum) return withheld("too-few-organisations");
    if (
      shownGroups.some((other) => differenceSize(group, other) > 0 && differenceSize(group, other) < minimum)
    )
      return withheld("filter-difference");
    const figure = quartiles(peers.filter((_, i) => group[i] === 1).map((p) => p.score as number));
    if (!figure) return withheld("too-few-organisations");
    shownGroups.push(group);
    return { scope, status: "shown", ...figure, organisations: size };
  });
}
