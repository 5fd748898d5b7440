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

/** The other organisations with a score in `self`'s group of `scope`. */
export function scopeMembers(
  self: PeerScore,
  peers: readonly PeerScore[],
  scope: BenchmarkScope,
): Set<string> {
  return new Set(
    peers
      .filter((p) => p.organisationId !== self.organisationId && p.score !== null && Number.isFinite(p.score))
      .filter((p) => scope === "all" || (p[scope] ?? null) === (self[scope] ?? null))
      .map((p) => p.organisationId),
  );
}

/** How many organisations are in one group and not in the other. */
export function differenceSize(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const id of a) if (!b.has(id)) n += 1;
  for (const id of b) if (!a.has(id)) n += 1;
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
 * because the difference of the two group means would single out those few organisations.
 */
export function discloseBenchmarks(
  organisationId: string,
  peers: readonly PeerScore[],
  scopes: readonly BenchmarkScope[],
  minimum: number,
): BenchmarkDisclosure[] {
  const computed = benchmarkOrganisation(organisationId, peers, { minGroup: minimum, scopes });
  const self = peers.find((p) => p.organisationId === organisationId);
  const shownGroups: Set<string>[] = [];
  return computed.map((benchmark): BenchmarkDisclosure => {
    if (benchmark.status === "withheld")
      return {
        scope: benchmark.scope,
        status: "withheld",
        reason: reasonOf(benchmark),
        groupSize: benchmark.groupSize,
      };
    const group = self ? scopeMembers(self, peers, benchmark.scope) : new Set<string>();
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
