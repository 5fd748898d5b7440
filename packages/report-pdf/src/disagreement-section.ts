import { fill, type ShownReport } from "@maturo/report";
import type { RenderContext } from "./render-context.js";
import { COLOURS, CONTENT_WIDTH, MARGIN } from "./tagged-document.js";

const BAR_HEIGHT = 8;
const LABEL_WIDTH = 80;

/**
 * Where management and staff differ most (DESIGN §11): per statement a pair of bars (management dark,
 * staff light) of % positive, the numbers in a table, and a question to open the conversation.
 */
export function disagreementSection(context: RenderContext, report: ShownReport): void {
  const { doc, t, f, tr } = context;
  const { rows, withheld, minDifference, compared } = report.disagreement;
  doc.section(t.disagreementTitle, () => {
    doc.paragraph(
      fill(t.disagreementIntro, { threshold: f.count(minDifference), min: report.rules.minGroupSize }),
      {
        size: 9,
      },
    );
    if (withheld) {
      doc.paragraph(context.say(withheld), { size: 9 });
      return;
    }
    if (rows.length === 0) {
      doc.paragraph(
        fill(t.disagreementNone, { threshold: f.count(minDifference), compared: f.count(compared) }),
        {
          size: 9,
        },
      );
      return;
    }
    const barX = MARGIN + LABEL_WIDTH;
    const barWidth = CONTENT_WIDTH - LABEL_WIDTH - 70;
    const textStyle = { size: 8.5, bold: true };
    const blocks = rows.map(
      (row) => doc.measure(tr(row.text), CONTENT_WIDTH, textStyle) + 2 * (BAR_HEIGHT + 4) + 10,
    );
    doc.figure(
      t.disagreementChart,
      blocks.reduce((sum, h) => sum + h, 0),
      (top) => {
        const pdf = doc.pdf;
        let y = top;
        rows.forEach((row, index) => {
          const textHeight = doc.write(tr(row.text), MARGIN, y, CONTENT_WIDTH, textStyle);
          let barY = y + textHeight + 2;
          for (const [label, figure, colour] of [
            [t.management, row.management, COLOURS.dimension],
            [t.staff, row.staff, COLOURS.category],
          ] as const) {
            doc.write(label, MARGIN + 8, barY - 1, LABEL_WIDTH - 8, { size: 8 });
            pdf.rect(barX, barY, barWidth, BAR_HEIGHT).fill(COLOURS.light);
            pdf.rect(barX, barY, (figure.percentPositive / 100) * barWidth, BAR_HEIGHT).fill(colour);
            doc.write(
              `${f.percent(figure.percentPositive)} (n = ${f.count(figure.n)})`,
              barX + barWidth + 6,
              barY - 1,
              64,
              {
                size: 8,
              },
            );
            barY += BAR_HEIGHT + 4;
          }
          y += blocks[index] ?? 0;
        });
      },
    );
    doc.table(
      [
        { label: t.statement },
        { label: t.management, width: 80, align: "right" },
        { label: t.staff, width: 80, align: "right" },
        { label: t.difference, width: 65, align: "right" },
      ],
      rows.map((row) => [
        tr(row.text),
        f.percent(row.management.percentPositive),
        f.percent(row.staff.percentPositive),
        `${row.difference > 0 ? "+" : ""}${f.score(row.difference)}`,
      ]),
    );
    doc.heading(3, t.conversationStarters);
    doc.list(
      rows.map((row) => tr(row.starter)),
      {},
      { size: 9 },
    );
  });
}
