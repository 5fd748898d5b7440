import type { ReportModel, ShownReport } from "../build-report.js";
import { fill } from "../fill.js";
import { createFormatter, type Formatter, localeTag, type ReaderLocale } from "../format.js";
import { localize, say } from "../localize.js";
import { scopeLabel } from "../scope-label.js";
import { reportText } from "../texts.js";
import { CONTENT_WIDTH, Flow, MARGIN } from "./flow.js";
import { PdfWriter } from "./pdf-writer.js";

type Texts = (typeof reportText)[ReaderLocale];

interface Page {
  readonly flow: Flow;
  readonly pdf: PdfWriter;
  readonly t: Texts;
  readonly f: Formatter;
  readonly locale: ReaderLocale;
  readonly tr: (text: Parameters<typeof localize>[0]) => string;
}

/** A table row's label: a category indented under its dimension with a dash. */
function rowLabel(page: Page, row: { label: Parameters<typeof localize>[0]; dimension: boolean }): string {
  return row.dimension ? page.tr(row.label) : `   – ${page.tr(row.label)}`;
}

function profileChart(page: Page, report: ShownReport): void {
  const { flow, pdf, t, f, tr } = page;
  flow.heading(t.profileTitle);
  flow.paragraph(t.profileIntro, { size: 9 });
  const labelWidth = 190;
  const barWidth = 210;
  const barX = MARGIN + labelWidth;
  flow.ensure(report.profile.rows.length * 20 + 30);
  flow.y += 4;
  for (const tick of [0, 25, 50, 75, 100]) {
    const x = barX + (tick / 100) * barWidth;
    pdf.text(x - pdf.textWidth(String(tick), 7) / 2, flow.y + 7, String(tick), { size: 7, gray: 0.3 });
  }
  flow.y += 10;
  const chartTop = flow.y;
  for (const row of report.profile.rows) {
    const rowY = flow.y;
    pdf.text(MARGIN + (row.dimension ? 0 : 12), rowY + 11, tr(row.label), { size: 9, bold: row.dimension });
    pdf.rect(barX, rowY + 3, barWidth, 11, { stroke: 0.6, lineWidth: 0.4 });
    if (row.mean !== null) {
      const w = (row.mean / 100) * barWidth;
      if (row.dimension) pdf.rect(barX, rowY + 3, w, 11, { fill: 0.2 });
      else pdf.rect(barX, rowY + 3, w, 11, { fill: 0.85, hatch: true, stroke: 0, lineWidth: 0.5 });
      pdf.text(barX + barWidth + 8, rowY + 11, `${f.score(row.mean)}  (n = ${row.n})`, {
        size: 9,
        bold: row.dimension,
      });
    } else {
      pdf.text(barX + barWidth + 8, rowY + 11, `${t.hidden} (n = ${row.n})`, { size: 9 });
    }
    flow.y += 18;
  }
  const thresholdX = barX + (report.profile.threshold / 100) * barWidth;
  pdf.line(thresholdX, chartTop, thresholdX, flow.y, { dash: [2, 2], width: 0.6 });
  flow.y += 8;
  // A bar says "hidden"; the reasons follow once each, so the reader learns why.
  const reasons = new Set(
    report.profile.rows.flatMap((row) => (row.withheld ? [say(row.withheld, page.locale)] : [])),
  );
  for (const reason of reasons) flow.paragraph(reason, { size: 8, gray: 0.25 });
}

function quadrant(page: Page, report: ShownReport): void {
  const { flow, pdf, t, f, tr } = page;
  const { capability, legacy, thresholds, profile, profiles } = report.position;
  flow.heading(t.quadrantTitle);
  const size = 190;
  flow.ensure(size + 40);
  const qx = MARGIN + 40;
  const qy = flow.y + 18;
  pdf.text(qx - 30, qy - 6, `${tr(legacy.label)} (${t.vertical})`, { size: 8 });
  pdf.rect(qx, qy, size, size, { stroke: 0, lineWidth: 0.8 });
  const tx = qx + (thresholds.capability / 100) * size;
  const ty = qy + size - (thresholds.legacy / 100) * size;
  pdf.line(tx, qy, tx, qy + size, { dash: [3, 2] });
  pdf.line(qx, ty, qx + size, ty, { dash: [3, 2] });
  // Each profile's letter in its own quadrant (capability →, legacy ↑), the organisation's in black.
  for (const p of profiles) {
    const x = p.capability === "below" ? qx + 6 : tx + 6;
    const y = p.legacy === "below" ? qy + size - 6 : qy + 14;
    pdf.text(x, y, p.id, { size: 12, bold: true, gray: profile?.id === p.id ? 0 : 0.5 });
  }
  pdf.text(qx, qy + size + 14, `${tr(capability.label)} (${t.horizontal})`, { size: 8 });
  pdf.text(qx - 8, qy + size + 4, "0", { size: 7, gray: 0.3 });
  pdf.text(qx + size - 6, qy + size + 9, "100", { size: 7, gray: 0.3 });
  pdf.text(qx - 16, qy + 5, "100", { size: 7, gray: 0.3 });
  if (capability.value !== null && legacy.value !== null) {
    const px = qx + (capability.value / 100) * size;
    const py = qy + size - (legacy.value / 100) * size;
    pdf.circle(px, py, 5, { fill: 0, stroke: 1 });
    pdf.text(px + 8, py + 3, t.you, { size: 9, bold: true });
  }
  // The profile's text beside the plot.
  const textX = qx + size + 24;
  const textWidth = MARGIN + CONTENT_WIDTH - textX;
  let lineY = qy + 10;
  const side = (text: string, options: { size?: number; bold?: boolean } = {}): void => {
    const fontSize = options.size ?? 9;
    for (const line of pdf.wrap(text, textWidth, fontSize, options.bold)) {
      pdf.text(textX, lineY, line, { size: fontSize, ...(options.bold ? { bold: true } : {}) });
      lineY += fontSize + 3;
    }
    lineY += 3;
  };
  if (profile?.name && profile.description) {
    const scores = fill(t.positionScores, { c: f.score(capability.value), l: f.score(legacy.value) });
    side(`${fill(t.yourProfile, { id: profile.id, name: tr(profile.name) })} (${scores})`, {
      bold: true,
      size: 10,
    });
    side(tr(profile.description));
  } else side(t.quadrantNone);
  flow.y = Math.max(qy + size + 24, lineY);
  // Legend: the quadrants' letters with the profiles' names and where each lies.
  flow.paragraph(t.profiles, { bold: true, size: 9 });
  const threshold = (value: number): string => (Number.isInteger(value) ? f.count(value) : f.score(value));
  for (const p of profiles) {
    flow.paragraph(
      fill(t.legendLine, {
        id: p.id,
        name: tr(p.name),
        c: fill(t[p.capability], { t: threshold(thresholds.capability) }),
        l: fill(t[p.legacy], { t: threshold(thresholds.legacy) }),
      }),
      { size: 8.5, indent: 4, ...(profile?.id === p.id ? { bold: true } : {}) },
    );
  }
  flow.y += 6;
  if (profile?.recommendations) {
    flow.paragraph(t.profileRecs, { bold: true });
    for (const rec of profile.recommendations) flow.bullet(tr(rec));
  }
}

function recommendations(page: Page, report: ShownReport): void {
  const { flow, t, f, tr } = page;
  const recs = report.recommendations;
  if (!recs) return;
  const label = (nodeId: string): string =>
    tr(report.profile.rows.find((row) => row.nodeId === nodeId)?.label) || nodeId;
  flow.heading(t.recsTitle);
  flow.paragraph(t.weakestTitle, { bold: true });
  for (const weak of recs.weakest) {
    const below = weak.belowThreshold
      ? ` (${fill(t.belowThreshold, { t: f.count(report.position.thresholds.capability) })})`
      : "";
    flow.paragraph(`${label(weak.nodeId)}: ${f.score(weak.score)}${below}`, {
      bold: true,
      indent: 4,
      size: 9.5,
    });
    for (const advice of weak.advice) flow.bullet(tr(advice), 9.5);
  }
  flow.paragraph(t.takeawaysTitle, { bold: true });
  for (const takeaway of recs.takeaways) {
    const measure =
      takeaway.score === null
        ? t.noScore
        : fill(takeaway.basis === "scale" ? t.scaleScore : t.percentScore, { v: f.score(takeaway.score) });
    const priority = takeaway.priority ? ` — ${t.priority}` : "";
    flow.paragraph(`${tr(takeaway.title)} (${measure}${priority})`, { bold: true, indent: 4, size: 9.5 });
    flow.paragraph(tr(takeaway.text), { indent: 4, size: 9.5 });
  }
}

function tables(page: Page, report: ShownReport): void {
  const { flow, t, f, tr, locale } = page;
  flow.heading(`${t.benchmarkTitle}: ${scopeLabel(report.benchmark.scope, report.organisation, locale)}`);
  flow.table(
    [
      { label: t.part, width: 170 },
      { label: t.score, width: 60, align: "right" },
      { label: t.groupMean, width: 110, align: "right" },
      { label: t.percentile, width: 70, align: "right" },
      { label: t.groupSize, width: CONTENT_WIDTH - 410, align: "right" },
    ],
    report.benchmark.rows.map((row) =>
      row.group
        ? [
            rowLabel(page, row),
            f.score(row.own),
            f.score(row.group.mean),
            f.percentile(row.group.percentile),
            f.count(row.group.size),
          ]
        : [rowLabel(page, row), f.score(row.own), row.withheld ? say(row.withheld, locale) : "—"],
    ),
  );

  flow.heading(t.gapTitle);
  flow.table(
    [
      { label: t.part, width: 170 },
      { label: t.management, width: 120, align: "right" },
      { label: t.staff, width: 120, align: "right" },
      { label: t.difference, width: CONTENT_WIDTH - 410, align: "right" },
    ],
    report.gap.map((row) =>
      row.figures
        ? [
            rowLabel(page, row),
            `${f.score(row.figures.management.mean)} (n = ${row.figures.management.n})`,
            `${f.score(row.figures.staff.mean)} (n = ${row.figures.staff.n})`,
            `${row.figures.gap > 0 ? "+" : ""}${f.score(row.figures.gap)}`,
          ]
        : [rowLabel(page, row), row.withheld ? say(row.withheld, locale) : "—"],
    ),
  );

  flow.heading(t.lensTitle);
  flow.table(
    [
      { label: t.dimension, width: 200 },
      { label: t.percentPositive, width: 100, align: "right" },
      { label: t.statements, width: CONTENT_WIDTH - 300, align: "right" },
    ],
    report.lens.rows.map((row) => [tr(row.label), f.score(row.percentPositive), f.count(row.items)]),
  );
}

function statements(page: Page, report: ShownReport): void {
  const { flow, t, f, tr, locale } = page;
  // The model phrases every statement by its meaning; the PDF prints it as it is.
  const text = (s: { text: Parameters<typeof localize>[0] }): string => tr(s.text);
  for (const [title, list] of [
    [t.strengths, report.strengths],
    [t.challenges, report.challenges],
  ] as const) {
    flow.heading(title);
    for (const s of list) flow.bullet(`${f.percent(s.percentPositive)} — ${text(s)}`, 9.5);
  }
  flow.heading(t.itemsTitle);
  flow.paragraph(t.itemsIntro, { size: 9 });
  flow.table(
    [
      { label: t.statement, width: 300 },
      { label: t.category, width: 120 },
      { label: t.percentPositive, width: CONTENT_WIDTH - 420, align: "right" },
    ],
    report.statements.map((row) => [
      text(row),
      tr(row.nodeLabel),
      row.withheld ? say(row.withheld, locale) : f.score(row.percentPositive),
    ]),
  );
}

function trend(page: Page, report: ShownReport): void {
  const { flow, t, f, tr } = page;
  flow.heading(t.trendTitle);
  const series = report.trend.series;
  const valueWidth = (CONTENT_WIDTH - 360) / Math.max(1, series.length);
  flow.table(
    [
      { label: t.campaign, width: 190 },
      { label: t.date, width: 100 },
      { label: t.respondents, width: 70, align: "right" },
      ...series.map((s) => ({ label: tr(s.label), width: valueWidth, align: "right" as const })),
    ],
    report.trend.points.map((point) => [
      point.name,
      f.date(point.opensAt),
      f.count(point.respondents),
      ...point.values.map((value) => f.score(value)),
    ]),
  );
}

/**
 * The report as a PDF, in print and readable in black and white: the same model, texts and number
 * formatting as the results page.
 */
export function renderReportPdf(
  report: ReportModel,
  options: { readonly locale: ReaderLocale; readonly createdAt: Date },
): Buffer {
  const { locale } = options;
  const t = reportText[locale];
  const f = createFormatter(locale);
  const org = report.organisation;
  const pdf = new PdfWriter({
    title: `${org.name} — ${t.reportTitle}`,
    subject: report.campaign.name,
    lang: localeTag(locale),
    createdAt: options.createdAt,
  });
  const flow = new Flow(pdf, (n) => `${org.name} · ${report.campaign.name} · ${t.page} ${n}`);
  const page: Page = { flow, pdf, t, f, locale, tr: (text) => localize(text, locale) };

  flow.y += 12;
  pdf.text(MARGIN, flow.y, t.reportTitle, { size: 11, gray: 0.25 });
  flow.y += 6;
  flow.paragraph(org.name, { size: 20, bold: true });
  flow.paragraph(`${t.campaign}: ${report.campaign.name}`);
  flow.paragraph(
    `${t.respondents}: ${f.count(report.respondents)} · ${t.generated} ${f.date(options.createdAt)}`,
    { gray: 0.25 },
  );
  const rule = { min: report.rules.minGroupSize, bench: report.rules.minBenchmarkGroup };
  flow.paragraph(fill(t.minRule, rule), { size: 8, gray: 0.25 });
  flow.paragraph(fill(t.refreshRule, rule), { size: 8, gray: 0.25 });
  if (report.refresh.pending > 0)
    flow.paragraph(
      fill(t.refreshPending, {
        pending: f.count(report.refresh.pending),
        remaining: f.count(report.refresh.remaining),
      }),
      { size: 8, gray: 0.25 },
    );
  flow.paragraph(`${t.weightingLegend}: ${t[`weighting_${report.weighting}`]}`, { size: 8, gray: 0.25 });

  if (report.status === "withheld") {
    flow.heading(t.withheld);
    flow.paragraph(say(report.reason, locale));
    return pdf.toBuffer();
  }
  profileChart(page, report);
  quadrant(page, report);
  recommendations(page, report);
  tables(page, report);
  statements(page, report);
  trend(page, report);
  return pdf.toBuffer();
}
