/** One organisation's score on a node, with the attributes benchmarks filter on. */
export interface PeerScore {
  readonly organisationId: string;
  readonly score: number | null;
  readonly province?: string | null;
  readonly sizeClass?: string | null;
  readonly kind?: string | null;
}

export type BenchmarkScope = "all" | "province" | "sizeClass" | "kind";

export type WithheldReason = "no-score" | "unknown-organisation" | "no-attribute" | "group-too-small";

export type Benchmark =
  | {
      readonly scope: BenchmarkScope;
      readonly status: "shown";
      /** (peers below + ½ peers equal) / group size × 100. */
      readonly percentileRank: number;
      readonly groupMean: number;
      readonly groupSize: number;
    }
  | {
      readonly scope: BenchmarkScope;
      readonly status: "withheld";
      readonly reason: WithheldReason;
      readonly message: string;
      readonly groupSize: number;
    };

export interface BenchmarkOptions {
  /** Minimum peers in a group (framework `scoring.minBenchmarkGroup`, 5 by default). */
  readonly minGroup: number;
  /** Default ["all", "province", "sizeClass"]. */
  readonly scopes?: readonly BenchmarkScope[];
}

const SCOPE_LABEL: Record<Exclude<BenchmarkScope, "all">, string> = {
  province: "province",
  sizeClass: "size class",
  kind: "kind",
};

/**
 * Compare an organisation with the other organisations of the same campaign that have a score
 * (docs/architecture.md, "Scoring rules"), among all of them and among those sharing its province, size class or kind.
 * The group is the other organisations (never the organisation itself).
 */
export function benchmarkOrganisation(
  organisationId: string,
  peers: readonly PeerScore[],
  options: BenchmarkOptions,
): Benchmark[] {
  const scopes = options.scopes ?? ["all", "province", "sizeClass"];
  const self = peers.find((peer) => peer.organisationId === organisationId);
  const withheld = (
    scope: BenchmarkScope,
    reason: WithheldReason,
    message: string,
    groupSize = 0,
  ): Benchmark => ({
    scope,
    status: "withheld",
    reason,
    message,
    groupSize,
  });
  return scopes.map((scope): Benchmark => {
    if (self === undefined) {
      return withheld(
        scope,
        "unknown-organisation",
        `organisation "${organisationId}" is not in the campaign`,
      );
    }
    const own = self.score;
    if (own === null || !Number.isFinite(own)) {
      return withheld(scope, "no-score", "the organisation has no score on this node");
    }
    let attribute: string | null = null;
    if (scope !== "all") {
      attribute = self[scope] ?? null;
      if (attribute === null) {
        return withheld(scope, "no-attribute", `the organisation's ${SCOPE_LABEL[scope]} is not known`);
      }
    }
    let size = 0;
    let below = 0;
    let equal = 0;
    let total = 0;
    for (const peer of peers) {
      if (peer.organisationId === organisationId) continue;
      const score = peer.score;
      if (score === null || !Number.isFinite(score)) continue;
      if (scope !== "all" && (peer[scope] ?? null) !== attribute) continue;
      size++;
      total += score;
      if (score < own) below++;
      else if (score === own) equal++;
    }
    if (size < options.minGroup) {
      return withheld(
        scope,
        "group-too-small",
        `fewer than ${options.minGroup} other organisations with a score (${size})`,
        size,
      );
    }
    return {
      scope,
      status: "shown",
      percentileRank: ((below + equal / 2) / size) * 100,
      groupMean: total / size,
      groupSize: size,
    };
  });
}
