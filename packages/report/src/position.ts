import type { LocalizedText } from "@maturo/model";
import type { ReportContext } from "./context.js";
import type { InstrumentProfile, OverviewProfile, ShownOverview } from "./input.js";

/** Where the organisation stands on the quadrant of capability × legacy. */
export interface Position {
  readonly capability: { readonly label: LocalizedText; readonly value: number | null };
  readonly legacy: { readonly label: LocalizedText; readonly value: number | null };
  readonly thresholds: { readonly capability: number; readonly legacy: number };
  /** The organisation's profile with its texts; null when capability or legacy is missing. */
  readonly profile: OverviewProfile | null;
  /** Every profile of the framework, by id, for drawing and naming the quadrants. */
  readonly profiles: readonly InstrumentProfile[];
}

export function position(overview: ShownOverview, context: ReportContext): Position {
  const axis = (id: string, label: LocalizedText): Position["capability"] => ({
    label,
    value: overview.scores.find((s) => s.nodeId === id)?.mean ?? null,
  });
  return {
    capability: axis(context.axes.capability.id, context.axes.capability.label),
    legacy: axis(context.axes.legacy.id, context.axes.legacy.label),
    thresholds: context.thresholds,
    profile: overview.profile,
    profiles: [...context.profiles].sort((a, b) => a.id.localeCompare(b.id)),
  };
}
