import type { ShownReport } from "@maturo/report";
import type { RenderContext } from "../render-context.js";
import { COLOURS, CONTENT_WIDTH, MARGIN } from "../tagged-document.js";

const HEIGHT = 150;
const PLOT_TOP = 22;
/** The figure's full height: legend, plot and campaign labels. */
export const TREND_HEIGHT = PLOT_TOP + HEIGHT + 30;

/**
 * Capability and legacy per campaign on a 0–100 scale: a solid line with circles and a dashed line
 * with squares, so the two stay apart printed in black and white.
 */
export function trendChart(context: RenderContext, report: ShownReport): void {
  const { doc, t, f, tr } = context;
  const { series, points } = report.trend;
  const left = MARGIN + 30;
  const width = CONTENT_WIDTH - 40;
  doc.figure(t.trendDesc, TREND_HEIGHT, (top) => {
    const pdf = doc.pdf;
    const y0 = top + PLOT_TOP;
    const y = (value: number): number => y0 + HEIGHT - (value / 100) * HEIGHT;
    const x = (index: number): number =>
      points.length === 1 ? left + width / 2 : left + 20 + (index / (points.length - 1)) * (width - 40);
    for (const tick of [0, 25, 50, 75, 100]) {
      pdf
        .moveTo(left, y(tick))
        .lineTo(left + width, y(tick))
        .lineWidth(0.3)
        .strokeColor(COLOURS.light)
        .stroke();
      doc.write(f.count(tick), left - 24, y(tick) - 4, 20, { size: 7, color: COLOURS.muted, align: "right" });
    }
    pdf
      .moveTo(left, y0)
      .lineTo(left, y0 + HEIGHT)
      .lineTo(left + width, y0 + HEIGHT)
      .lineWidth(0.6);
    pdf.strokeColor(COLOURS.ink).stroke();
    // The legend: a short stretch of each line with its marker and name.
    let legendX = left;
    series.forEach((s, index) => {
      const dashed = index === 1;
      const colour = dashed ? COLOURS.category : COLOURS.dimension;
      pdf
        .moveTo(legendX, top + 6)
        .lineTo(legendX + 22, top + 6)
        .lineWidth(1.6)
        .strokeColor(colour);
      if (dashed) pdf.dash(4, { space: 2 });
      pdf.stroke().undash();
      marker(pdf, legendX + 11, top + 6, dashed, colour);
      const label = tr(s.label);
      doc.write(label, legendX + 28, top + 1, 200, { size: 8.5 });
      legendX += 40 + doc.textWidth(label, { size: 8.5 });
    });
    series.forEach((_, index) => {
      const dashed = index === 1;
      const colour = dashed ? COLOURS.category : COLOURS.dimension;
      const values = points.map((p) => p.values[index] ?? null);
      // A withheld campaign breaks the line rather than joining across it.
      let drawing = false;
      values.forEach((value, i) => {
        if (value === null) {
          drawing = false;
          return;
        }
        if (drawing) pdf.lineTo(x(i), y(value));
        else pdf.moveTo(x(i), y(value));
        drawing = true;
      });
      pdf.lineWidth(1.6).strokeColor(colour);
      if (dashed) pdf.dash(4, { space: 2 });
      pdf.stroke().undash();
      values.forEach((value, i) => {
        if (value !== null) marker(pdf, x(i), y(value), dashed, colour);
      });
    });
    const labelWidth = Math.min(110, (width - 20) / Math.max(1, points.length));
    points.forEach((p, i) => {
      doc.write(`${p.name}\n${f.day(p.opensAt)}`, x(i) - labelWidth / 2, y0 + HEIGHT + 4, labelWidth, {
        size: 7,
        color: COLOURS.muted,
        align: "center",
      });
    });
  });
}

function marker(pdf: PDFKit.PDFDocument, x: number, y: number, square: boolean, colour: string): void {
  if (square) pdf.rect(x - 3, y - 3, 6, 6);
  else pdf.circle(x, y, 3.2);
  pdf.lineWidth(1).fillAndStroke(colour, "#ffffff");
}
