import type { ReferenceFigure } from "@maturo/report";
import type { RenderContext } from "../render-context.js";
import { COLOURS, CONTENT_WIDTH, MARGIN } from "../tagged-document.js";

/** One bar: a score from 0 to 100 with what is written next to it. */
export interface Bar {
  readonly label: string;
  /** A dimension's bar is dark and its label bold; a category's is lighter. */
  readonly dimension: boolean;
  readonly value: number | null;
  /** Written to the right of the bar: the value, the group, or why it is hidden. */
  readonly text: string;
  /** A black stripe across the bar (a comparison group's mean). */
  readonly marker?: number | null;
  /** A grey band behind the bar (the reference group's quartiles) with a stripe at its median. */
  readonly band?: Pick<ReferenceFigure, "q1" | "median" | "q3"> | null;
}

const LABEL_WIDTH = 150;
const BAR_WIDTH = 200;
/** Room between the bars and the text beside them (the axis's last label sits there). */
const VALUE_GAP = 14;
const BAR_HEIGHT = 10;
const LABEL_SIZE = 8.5;

const AXIS = 14;

function rowHeights(context: RenderContext, bars: readonly Bar[]): number[] {
  return bars.map((bar) =>
    Math.max(
      20,
      context.doc.measure(bar.label, LABEL_WIDTH - 14, { size: LABEL_SIZE, bold: bar.dimension }) + 8,
    ),
  );
}

/** The height the chart of `bars` takes, so a section can keep its heading with it. */
export function barChartHeight(context: RenderContext, bars: readonly Bar[]): number {
  return AXIS + rowHeights(context, bars).reduce((sum, h) => sum + h, 0) + 4;
}

/**
 * Horizontal bars on a 0–100 axis, one per row, as a Figure with `alt` as its alternative text. A
 * dashed line marks `threshold` when given. Every number drawn is also in a table further on.
 */
export function barChart(
  context: RenderContext,
  bars: readonly Bar[],
  options: { readonly alt: string; readonly threshold?: number; readonly valueHeading?: string },
): void {
  const { doc } = context;
  const barX = MARGIN + LABEL_WIDTH;
  const x = (value: number): number => barX + (Math.max(0, Math.min(100, value)) / 100) * BAR_WIDTH;
  const heights = rowHeights(context, bars);
  const height = barChartHeight(context, bars);
  doc.figure(options.alt, height, (top) => {
    const pdf = doc.pdf;
    for (const tick of [0, 25, 50, 75, 100]) {
      const label = context.f.count(tick);
      const width = doc.textWidth(label, { size: 7 });
      doc.write(label, x(tick) - width / 2, top, width + 2, { size: 7, color: COLOURS.muted });
      pdf
        .moveTo(x(tick), top + 10)
        .lineTo(x(tick), top + height - 4)
        .lineWidth(0.3)
        .strokeColor(COLOURS.light)
        .stroke();
    }
    if (options.valueHeading)
      doc.write(
        options.valueHeading,
        barX + BAR_WIDTH + VALUE_GAP,
        top,
        CONTENT_WIDTH - LABEL_WIDTH - BAR_WIDTH - VALUE_GAP,
        {
          size: 7,
          color: COLOURS.muted,
        },
      );
    let y = top + AXIS;
    bars.forEach((bar, index) => {
      const rowHeight = heights[index] ?? 20;
      const barY = y + 4;
      const indent = bar.dimension ? 0 : 10;
      doc.write(bar.label, MARGIN + indent, barY - 1, LABEL_WIDTH - 4 - indent, {
        size: LABEL_SIZE,
        bold: bar.dimension,
      });
      pdf.rect(barX, barY, BAR_WIDTH, BAR_HEIGHT).fill(COLOURS.light);
      if (bar.band) {
        pdf
          .rect(x(bar.band.q1), barY - 4, Math.max(1, x(bar.band.q3) - x(bar.band.q1)), BAR_HEIGHT + 8)
          .fill(COLOURS.band);
      }
      if (bar.value !== null) {
        pdf
          .rect(barX, barY, x(bar.value) - barX, BAR_HEIGHT)
          .fill(bar.dimension ? COLOURS.dimension : COLOURS.category);
      }
      if (bar.band) {
        pdf.rect(x(bar.band.median) - 1, barY - 5, 2, BAR_HEIGHT + 10).fill(COLOURS.ink);
      }
      if (bar.marker !== undefined && bar.marker !== null) {
        pdf
          .rect(x(bar.marker) - 1.5, barY - 3, 3, BAR_HEIGHT + 6)
          .lineWidth(0.8)
          .fillAndStroke(COLOURS.ink, "#ffffff");
      }
      doc.write(
        bar.text,
        barX + BAR_WIDTH + VALUE_GAP,
        barY - 1,
        CONTENT_WIDTH - LABEL_WIDTH - BAR_WIDTH - VALUE_GAP,
        {
          size: LABEL_SIZE,
          bold: bar.dimension,
        },
      );
      y += rowHeight;
    });
    if (options.threshold !== undefined) {
      pdf
        .moveTo(x(options.threshold), top + 10)
        .lineTo(x(options.threshold), top + height - 2)
        .dash(2, { space: 2 })
        .lineWidth(0.8)
        .strokeColor(COLOURS.ink)
        .stroke()
        .undash();
    }
  });
}
