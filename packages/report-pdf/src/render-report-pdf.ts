import {
  createFormatter,
  fill,
  localeTag,
  localize,
  type ReaderLocale,
  type ReportModel,
  reportText,
  say,
} from "@maturo/report";
import {
  benchmarkSection,
  profileSection,
  quadrantSection,
  recommendationsSection,
  trendSection,
} from "./chart-sections.js";
import { detailTables } from "./detail-tables.js";
import { disagreementSection } from "./disagreement-section.js";
import { parsedFonts, type ReportFonts, reportFonts } from "./fonts.js";
import { leverSection } from "./lever-section.js";
import type { RenderContext } from "./render-context.js";
import { summary } from "./summary.js";
import { TaggedDocument } from "./tagged-document.js";

export interface RenderOptions {
  readonly locale: ReaderLocale;
  /** The date the report states it was made on (the caller's clock). */
  readonly createdAt: Date;
  /** The font files; DejaVu Sans Condensed from `dejavu-fonts-ttf` when not given. */
  readonly fonts?: ReportFonts;
}

/**
 * The report model as a tagged PDF for a council: page one the summary, then the charts (profile with
 * the reference band, position, trend, comparison), the recommendations and every figure as a table.
 * The same model, texts and number formatting as the results page.
 */
export async function renderReportPdf(report: ReportModel, options: RenderOptions): Promise<Buffer> {
  const { locale } = options;
  const t = reportText[locale];
  const f = createFormatter(locale);
  const org = report.organisation;
  const doc = new TaggedDocument({
    title: `${org.name} — ${t.reportTitle}`,
    subject: report.campaign.name,
    lang: localeTag(locale),
    createdAt: options.createdAt,
    fonts: parsedFonts(options.fonts ?? reportFonts()),
    footer: (page) => `${org.name} · ${report.campaign.name} · ${t.page} ${page}`,
  });
  const context: RenderContext = {
    doc,
    t,
    f,
    locale,
    tr: (text) => localize(text, locale),
    say: (message) => say(message, locale),
  };

  doc.paragraph(t.reportTitle, { size: 10, color: "#4a5561" });
  doc.heading(1, org.name);
  doc.paragraph(`${t.campaign}: ${report.campaign.name}`, { size: 10.5 });
  doc.paragraph(
    `${t.respondents}: ${f.count(report.respondents)} · ${t.generated} ${f.date(options.createdAt)}`,
    { size: 9.5 },
  );
  doc.paragraph(`${t.weightingLegend}: ${t[`weighting_${report.weighting}`]}`, { size: 8.5 });

  if (report.status === "withheld") {
    doc.section(t.withheld, () => doc.paragraph(say(report.reason, locale)));
  } else {
    summary(context, report);
  }
  const rule = { min: report.rules.minGroupSize, bench: report.rules.minBenchmarkGroup };
  const notes = [fill(t.minRule, rule), fill(t.refreshRule, rule)];
  if (report.refresh.pending > 0)
    notes.push(
      fill(t.refreshPending, {
        pending: f.count(report.refresh.pending),
        remaining: f.count(report.refresh.remaining),
      }),
    );
  for (const note of notes) doc.paragraph(note, { size: 7.5, color: "#4a5561" });
  if (report.status === "shown") {
    doc.newPage();
    profileSection(context, report);
    quadrantSection(context, report);
    trendSection(context, report);
    benchmarkSection(context, report);
    leverSection(context, report);
    disagreementSection(context, report);
    recommendationsSection(context, report);
    doc.newPage();
    detailTables(context, report);
  }
  return doc.finish();
}
