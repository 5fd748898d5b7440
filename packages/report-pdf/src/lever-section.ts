import { fill, leverSentences, type ShownReport } from "@maturo/report";
import { chartKeep } from "./chart-sections.js";
import { barChart, barChartHeight } from "./charts/bar-chart.js";
import type { RenderContext } from "./render-context.js";
import { CONTENT_WIDTH } from "./tagged-document.js";

/**
 * The context scales as levers (DESIGN §11): own score against the reference wave's median and middle
 * half, drawn as bars with the band, then ranked with the β and model that name each and what to do.
 */
export function leverSection(context: RenderContext, report: ShownReport): void {
  const { doc, t, f, tr, locale } = context;
  const levers = report.levers;
  if (!levers || levers.rows.length === 0) return;
  const bars = levers.rows.map((row) => ({
    label: tr(row.label),
    dimension: false,
    value: row.own,
    band: row.figure,
    text: `${f.score(row.own)} · ${f.score(row.figure?.median)}`,
  }));
  const wave = fill(t.referenceWave, { wave: levers.wave.name });
  doc.section(
    t.leversTitle,
    () => {
      doc.paragraph(t.leversIntro, { size: 9 });
      doc.paragraph(wave, { size: 8 });
      barChart(context, bars, {
        alt: `${t.leversTitle}. ${t.referenceBand}`,
        valueHeading: `${t.yourScore} · ${t.median}`,
      });
      doc.paragraph(t.referenceBand, { size: 8 });
      for (const row of levers.rows) {
        if (row.priority === null) continue;
        const sentences = leverSentences(row, levers, locale);
        const advice = row.advice ? `${t.leverTodo}: ${tr(row.advice)}` : null;
        // Each lever stays on one page with its heading.
        const block =
          sentences.reduce((h, sentence) => h + doc.measure(sentence, CONTENT_WIDTH, { size: 9 }) + 4, 0) +
          (advice ? doc.measure(advice, CONTENT_WIDTH, { size: 9, bold: true }) + 4 : 0);
        doc.heading(3, tr(row.label), block);
        for (const sentence of sentences) doc.paragraph(sentence, { size: 9 });
        if (advice) doc.paragraph(advice, { size: 9, bold: true });
      }
      const rest = levers.rows.filter((row) => row.priority === null);
      if (rest.length > 0) {
        doc.paragraph(fill(t.leversUnranked, { wave: levers.wave.name }), { size: 9, bold: true });
        doc.table(
          [
            { label: t.leverScale },
            { label: t.yourScore, width: 70, align: "right" },
            { label: t.median, width: 70, align: "right" },
            { label: t.middleHalf, width: 110, align: "right" },
          ],
          rest.map((row) =>
            row.figure
              ? [
                  tr(row.label),
                  f.score(row.own),
                  f.score(row.figure.median),
                  `${f.score(row.figure.q1)}–${f.score(row.figure.q3)}`,
                ]
              : [tr(row.label), f.score(row.own), row.withheld ? context.say(row.withheld) : "—"],
          ),
        );
      }
    },
    chartKeep(context, [t.leversIntro, wave], barChartHeight(context, bars)),
  );
}
