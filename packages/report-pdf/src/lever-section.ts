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
      // Every scale in plain words, then all of their figures as a table: as on the results page.
      for (const row of levers.rows) {
        const sentences = leverSentences(row, levers, locale);
        const advice = row.advice && row.driver ? `${t.leverTodo}: ${tr(row.advice)}` : null;
        // Each lever stays on one page with its heading.
        const block =
          sentences.reduce((h, sentence) => h + doc.measure(sentence, CONTENT_WIDTH, { size: 9 }) + 4, 0) +
          (advice ? doc.measure(advice, CONTENT_WIDTH, { size: 9, bold: true }) + 4 : 0);
        doc.heading(3, tr(row.label), block);
        for (const sentence of sentences) doc.paragraph(sentence, { size: 9 });
        if (advice) doc.paragraph(advice, { size: 9, bold: true });
      }
      doc.heading(3, fill(t.tableCaption, { title: t.leversTitle }));
      doc.table(
        [
          { label: t.leverScale },
          { label: t.yourScore, width: 50, align: "right" },
          { label: t.median, width: 50, align: "right" },
          { label: t.middleHalf, width: 75, align: "right" },
          { label: "β", width: 35, align: "right" },
          { label: t.leverModel, width: 95 },
          { label: t.leverPriority, width: 70, align: "right" },
        ],
        levers.rows.map((row) => [
          tr(row.label),
          f.score(row.own),
          f.score(row.figure?.median),
          row.figure ? `${f.score(row.figure.q1)}–${f.score(row.figure.q3)}` : "—",
          row.driver ? f.number(row.driver.beta, 2) : "—",
          row.driver ? tr(row.driver.model.label) : "—",
          row.priority === null ? "—" : f.number(row.priority, 1),
        ]),
        { size: 8 },
      );
    },
    chartKeep(context, [t.leversIntro, wave], barChartHeight(context, bars)),
  );
}
