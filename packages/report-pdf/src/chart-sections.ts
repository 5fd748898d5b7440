import { fill, type ShownReport, scopeLabel } from "@maturo/report";
import { barChart, barChartHeight } from "./charts/bar-chart.js";
import { quadrantChart } from "./charts/quadrant-chart.js";
import { TREND_HEIGHT, trendChart } from "./charts/trend-chart.js";
import { referenceBand, referenceWave } from "./reference-band.js";
import { type RenderContext, reasons, rowLabel } from "./render-context.js";
import { CONTENT_WIDTH } from "./tagged-document.js";

const NOTE = { size: 8 } as const;

/**
 * What a chart's section keeps on its heading's page: the paragraphs before the chart and the chart
 * itself (at most most of a page), so a heading and its introduction never end a page alone.
 */
export function chartKeep(context: RenderContext, before: readonly string[], chart: number): number {
  const text = before.reduce((h, p) => h + context.doc.measure(p, CONTENT_WIDTH, { size: 9 }) + 4, 0);
  return Math.min(620, text + chart + 6);
}

/** The profile as bars, with the reference group's quartiles and median behind them when there are. */
export function profileSection(context: RenderContext, report: ShownReport): void {
  const { doc, t, f } = context;
  const bars = report.profile.rows.map((row) => ({
    label: rowLabel(context, row),
    dimension: row.dimension,
    value: row.mean,
    text:
      row.mean === null
        ? `${t.hidden} (n = ${f.count(row.n)})`
        : `${f.score(row.mean)} (n = ${f.count(row.n)})`,
    band: referenceBand(report, row.nodeId),
  }));
  const banded = bars.some((bar) => bar.band !== null);
  const threshold = report.profile.threshold;
  const alt = fill(t.profileDesc, { threshold: f.count(threshold) });
  doc.section(
    t.profileTitle,
    () => {
      doc.paragraph(t.profileIntro, { size: 9 });
      barChart(context, bars, { alt: banded ? `${alt} ${t.referenceBand}` : alt, threshold });
      if (banded) {
        doc.paragraph(t.referenceBand, NOTE);
        const wave = referenceWave(report);
        if (wave) doc.paragraph(fill(t.referenceWave, { wave }), NOTE);
      }
      for (const reason of reasons(context, report.profile.rows)) doc.paragraph(reason, NOTE);
    },
    chartKeep(context, [t.profileIntro], barChartHeight(context, bars)),
  );
}

/** Where capability × legacy puts the organisation, with every profile named. */
export function quadrantSection(context: RenderContext, report: ShownReport): void {
  const { doc, t, f, tr } = context;
  const { thresholds, profile, profiles } = report.position;
  doc.section(t.quadrantTitle, () => {
    quadrantChart(context, report);
    doc.paragraph(t.profiles, { size: 9, bold: true });
    const threshold = (value: number): string => (Number.isInteger(value) ? f.count(value) : f.score(value));
    for (const p of profiles) {
      doc.paragraph(
        fill(t.legendLine, {
          id: p.id,
          name: tr(p.name),
          c: fill(t[p.capability], { t: threshold(thresholds.capability) }),
          l: fill(t[p.legacy], { t: threshold(thresholds.legacy) }),
        }),
        { size: 8.5, indent: 6, bold: profile?.id === p.id },
      );
    }
    if (profile?.recommendations?.length) {
      doc.heading(3, t.profileRecs);
      doc.list(
        profile.recommendations.map((rec) => tr(rec)),
        {},
        { size: 9 },
      );
    }
  });
}

/** Capability and legacy over the organisation's campaigns. */
export function trendSection(context: RenderContext, report: ShownReport): void {
  const { doc, t } = context;
  const chart = report.trend.points.length >= 2;
  doc.section(
    t.trendTitle,
    () => {
      if (chart) trendChart(context, report);
      else doc.paragraph(t.trendOne, { size: 9 });
    },
    chart ? TREND_HEIGHT : 60,
  );
}

/** The organisation's scores against the comparison group's means, with percentile ranks. */
export function benchmarkSection(context: RenderContext, report: ShownReport): void {
  const { doc, t, f, locale } = context;
  const scope = scopeLabel(report.benchmark.scope, report.organisation, locale);
  const rows = report.benchmark.rows;
  const bars = rows.some((row) => row.group !== null)
    ? rows.map((row) => ({
        label: rowLabel(context, row),
        dimension: row.dimension,
        value: row.own,
        marker: row.group?.mean ?? null,
        text: row.group
          ? `${f.score(row.own)} · ${f.score(row.group.mean)} · ${f.percentile(row.group.percentile)}`
          : `${f.score(row.own)} · —`,
      }))
    : [];
  doc.section(
    `${t.benchmarkTitle}: ${scope}`,
    () => {
      doc.paragraph(t.benchmarkIntro, { size: 9 });
      if (bars.length > 0) {
        doc.paragraph(t.barLegend, NOTE);
        barChart(context, bars, {
          alt: t.benchmarkChartDesc,
          valueHeading: `${t.score} · ${t.groupMean} · ${t.percentile}`,
        });
      }
      for (const reason of reasons(context, rows)) doc.paragraph(reason, NOTE);
    },
    chartKeep(context, [t.benchmarkIntro, t.barLegend], bars.length > 0 ? barChartHeight(context, bars) : 0),
  );
}

/** What to work on: the weakest parts with advice, and the study's takeaways. */
export function recommendationsSection(context: RenderContext, report: ShownReport): void {
  const { doc, t, f, tr } = context;
  const recs = report.recommendations;
  if (!recs) return;
  const label = (nodeId: string): string =>
    tr(report.profile.rows.find((row) => row.nodeId === nodeId)?.label) || nodeId;
  doc.section(t.recsTitle, () => {
    if (recs.weakest.length > 0) doc.heading(3, t.weakestTitle);
    for (const weak of recs.weakest) {
      const below = weak.belowThreshold
        ? ` (${fill(t.belowThreshold, { t: f.count(report.position.thresholds.capability) })})`
        : "";
      const title = `${label(weak.nodeId)}: ${f.score(weak.score)}${below}`;
      const advice = weak.advice.map((a) => tr(a));
      // A part stays on one page with its advice.
      doc.ensure(
        advice.reduce(
          (h, a) => h + doc.measure(a, CONTENT_WIDTH - 12, { size: 9 }) + 3,
          doc.measure(title, CONTENT_WIDTH, { size: 9.5, bold: true }) + 4,
        ),
      );
      doc.paragraph(title, { size: 9.5, bold: true });
      doc.list(advice, {}, { size: 9 });
    }
    doc.heading(3, t.takeawaysTitle);
    doc.paragraph(t.takeawaysIntro, { size: 9 });
    for (const takeaway of recs.takeaways) {
      const measure =
        takeaway.score === null
          ? t.noScore
          : fill(takeaway.basis === "scale" ? t.scaleScore : t.percentScore, { v: f.score(takeaway.score) });
      const priority = takeaway.priority ? ` — ${t.priority}` : "";
      const title = `${tr(takeaway.title)} (${measure}${priority})`;
      const text = tr(takeaway.text);
      doc.ensure(
        doc.measure(title, CONTENT_WIDTH, { size: 9.5, bold: true }) +
          doc.measure(text, CONTENT_WIDTH - 8, { size: 9 }) +
          8,
      );
      doc.paragraph(title, { size: 9.5, bold: true });
      doc.paragraph(text, { size: 9, indent: 8 });
    }
  });
}
