import { type Benchmark, type BenchmarkScope, benchmarkOrganisation, type PeerScore } from "@maturo/scoring";
import type { DisclosureReason } from "./reasons.js";

/** A benchmark as a key user may see it: scoring's figures, or the disclosure reason. */
export type BenchmarkDisclosure =
  | Extract<Benchmark, { status: "shown" }>
  | {
      readonly scope: BenchmarkScope;
      readonly status: "withheld";
      readonly reason: DisclosureReason;
      readonly groupSize: number;
    };

/**
 * Per peer, whether it is in the organisation's group for `scope`: another organisation with a
 * score that shares the organisation's attribute. Peers hold one entry per organisation, so two
 * groups differ by the peers where their flags differ.
 */
export function scopeMembers(
  self: PeerScore,
  peers: readonly PeerScore[],
  scope: BenchmarkScope,
): Uint8Array {
  const inGroup = new Uint8Array(peers.length);
  const attribute = scope === "all" ? null : (self[scope] ?? null);
  for (let i = 0; i < peers.length; i++) {
    const p = peers[i] as PeerScore;
    if (p.organisationId === self.organisationId || p.score === null || !Number.isFinite(p.score)) continue;
    if (scope === "all" || (p[scope] ?? null) === attribute) inGroup[i] = 1;
  }
  return inGroup;
}

/** Organisations in one group and not the other. */
export function differenceSize(a: Uint8Array, b: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n += 1;
  return n;
}

function reasonOf(benchmark: Extract<Benchmark, { status: "withheld" }>): DisclosureReason {
  if (benchmark.reason === "group-too-small") return "too-few-organisations";
  if (benchmark.reason === "no-attribute") return "no-attribute";
  return "no-score";
}

/**
 * Benchmarks of one node across filters (docs/architecture.md, "Disclosure control", organisations as
 * the unit): each group needs `minimum` other organisations, and two groups a key user can switch
 * between must not differ by fewer than `minimum` organisations — else the later filter is withheld,
 * because the difference of the two group means would single out those few organisations. `peers`
 * holds one entry per organisation.
 */
export function discloseBenchmarks(
  organisationId: string,
  peers: readonly PeerScore[],
  scopes: readonly BenchmarkScope[],
  minimum: number,
): BenchmarkDisclosure[] {
  const computed = benchmarkOrganisation(organisationId, peers, { minGroup: minimum, scopes });
  const self = peers.find((p) => p.organisationId === organisationId);
  const shownGroups: Uint8Array[] = [];
  return computed.map((benchmark): BenchmarkDisclosure => {
    if (benchmark.status === "withheld")
      return {
        scope: benchmark.scope,
        status: "withheld",
        reason: reasonOf(benchmark),
        groupSize: benchmark.groupSize,
      };
    const group = self ? scopeMembers(self, peers, benchmark.scope) : new Uint8Array(peers.length);
    const clash = shownGroups.some((other) => {
      const d = differenceSize(group, other);
      return d > 0 && d < minimum;
    });
    if (clash)
      return {
        scope: benchmark.scope,
        status: "withheld",
        reason: "filter-difference",
        groupSize: benchmark.groupSize,
      };
    shownGroups.push(group);
    return benchmark;
  });
}
