import type { LocalizedText } from "@maturo/model";
import type { ReportAxis } from "./context.js";
import type { TrendPoint } from "./input.js";

/** The organisation's capability and legacy over its campaigns, oldest first. */
export interface TrendFigure {
  readonly series: readonly { readonly nodeId: string; readonly label: LocalizedText }[];
  readonly points: readonly {
    readonly campaignId: number;
    readonly name: string;
    readonly opensAt: string;
    readonly respondents: number;
    /** One value per series; null where the campaign had no shown score. */
    readonly values: readonly (number | null)[];
  }[];
}

export function trendFigure(
  trend: readonly TrendPoint[],
  axes: { readonly capability: ReportAxis; readonly legacy: ReportAxis },
): TrendFigure {
  const series = [axes.capability, axes.legacy].map((axis) => ({ nodeId: axis.id, label: axis.label }));
  return {
    series,
    points: trend.map((point) => ({
      campaignId: point.campaignId,
      name: point.name,
      opensAt: point.opensAt,
      respondents: point.respondents,
      values: series.map((s) => point.scores[s.nodeId] ?? null),
    })),
  };
}
