import type { InstrumentNode } from "./input.js";

/**
 * The nodes of the maturity profile in reading order: each dimension of the instrument followed by
 * its own categories. Context groups and their scales are not part of the profile.
 */
export function profileNodeIds(nodes: readonly InstrumentNode[]): string[] {
  return nodes
    .filter((node) => node.kind === "dimension")
    .flatMap((dimension) => [
      dimension.id,
      ...nodes.filter((node) => node.kind === "category" && node.parent === dimension.id).map((n) => n.id),
    ]);
}
