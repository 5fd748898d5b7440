import type { ShownReport } from "@maturo/report";

/** The reference group's middle half and median on one node. */
export interface ReferenceBand {
  readonly median: number;
  readonly q1: number;
  readonly q3: number;
}

interface ReferenceSection {
  readonly wave?: string | { readonly name?: string } | null;
  readonly rows?: readonly {
    readonly nodeId: string;
    readonly median?: number | null;
    readonly q1?: number | null;
    readonly q3?: number | null;
  }[];
}

function section(report: ShownReport): ReferenceSection | null {
  const reference = (report as { readonly reference?: ReferenceSection | null }).reference;
  return reference ?? null;
}

/** The reference band of a node when the model has one (the reference benchmark, DESIGN §11). */
export function referenceBand(report: ShownReport, nodeId: string): ReferenceBand | null {
  const row = section(report)?.rows?.find((r) => r.nodeId === nodeId);
  if (!row || typeof row.median !== "number" || typeof row.q1 !== "number" || typeof row.q3 !== "number")
    return null;
  return { median: row.median, q1: row.q1, q3: row.q3 };
}

/** Which research wave the reference comes from, when the model says. */
export function referenceWave(report: ShownReport): string | null {
  const wave = section(report)?.wave;
  if (typeof wave === "string") return wave;
  return wave?.name ?? null;
}
