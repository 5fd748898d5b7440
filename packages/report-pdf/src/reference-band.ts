import type { ReferenceFigure, ShownReport } from "@maturo/report";

/** The reference wave's middle half and median on a node, when the model has them (DESIGN §11). */
export function referenceBand(report: ShownReport, nodeId: string): ReferenceFigure | null {
  return report.reference?.rows.find((row) => row.nodeId === nodeId)?.figure ?? null;
}

/** Which research wave the reference comes from; null without one. */
export function referenceWave(report: ShownReport): string | null {
  return report.reference?.wave.name ?? null;
}
