import { fill, type ReportMessage, type ShownReport, scopeLabel } from "@maturo/report";
import { type RenderContext, rowLabel } from "./render-context.js";
import { CONTENT_WIDTH, type Column, type Row } from "./tagged-document.js";

/** A table under its own heading, with an optional introduction. */
interface TableSection {
  readonly title: string;
  readonly intro?: string;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
}

/** The longest table kept whole on one page with its heading; a longer one runs on. */
const WHOLE = 480;

function tableSection(context: RenderContext, section: TableSection): void {
  const { doc } = context;
  const intro = section.intro ? doc.measure(section.intro, CONTENT_WIDTH, { size: 9 }) + 4 : 0;
  const keep = intro + doc.tableHeight(section.columns, section.rows);
  doc.section(
    section.title,
    () => {
      if (section.intro) doc.paragraph(section.intro, { size: 9 });
      doc.table(section.columns, section.rows);
    },
    keep <= WHOLE ? keep : 60,
  );
}

/** Every figure of the charts and more, as tables: what a reader or a screen reader checks numbers in. */
export function detailTables(context: RenderContext, report: ShownReport): void {
  const { t, f, tr, locale } = context;
  const withheld = (row: { readonly withheld: ReportMessage | null }): string =>
    row.withheld ? context.say(row.withheld) : "—";
  const sections: TableSection[] = [
    {
      title: fill(t.tableCaption, { title: t.profileTitle }),
      columns: [
        { label: t.part },
        { label: t.score, width: 70, align: "right" },
        { label: t.spread, width: 80, align: "right" },
        { label: t.respondentsN, width: 100, align: "right" },
      ],
      rows: report.profile.rows.map((row) =>
        row.mean === null
          ? [rowLabel(context, row), withheld(row)]
          : [rowLabel(context, row), f.score(row.mean), f.score(row.sd), f.count(row.n)],
      ),
    },
    {
      title: `${t.benchmarkTitle}: ${scopeLabel(report.benchmark.scope, report.organisation, locale)}`,
      columns: [
        { label: t.part },
        { label: t.score, width: 55, align: "right" },
        { label: t.groupMean, width: 95, align: "right" },
        { label: t.percentile, width: 65, align: "right" },
        { label: t.groupSize, width: 85, align: "right" },
      ],
      rows: report.benchmark.rows.map((row) =>
        row.group
          ? [
              rowLabel(context, row),
              f.score(row.own),
              f.score(row.group.mean),
              f.percentile(row.group.percentile),
              f.count(row.group.size),
            ]
          : [rowLabel(context, row), f.score(row.own), withheld(row)],
      ),
    },
    {
      title: t.gapTitle,
      intro: fill(t.gapIntro, { min: report.rules.minGroupSize }),
      columns: [
        { label: t.part },
        { label: t.management, width: 105, align: "right" },
        { label: t.staff, width: 105, align: "right" },
        { label: t.difference, width: 70, align: "right" },
      ],
      rows: report.gap.map((row) =>
        row.figures
          ? [
              rowLabel(context, row),
              `${f.score(row.figures.management.mean)} (n = ${f.count(row.figures.management.n)})`,
              `${f.score(row.figures.staff.mean)} (n = ${f.count(row.figures.staff.n)})`,
              `${row.figures.gap > 0 ? "+" : ""}${f.score(row.figures.gap)}`,
            ]
          : [rowLabel(context, row), withheld(row)],
      ),
    },
    {
      title: t.lensTitle,
      columns: [
        { label: t.dimension },
        { label: t.percentPositive, width: 90, align: "right" },
        { label: t.statements, width: 90, align: "right" },
      ],
      rows: report.lens.rows.map((row) => [tr(row.label), f.score(row.percentPositive), f.count(row.items)]),
    },
    {
      title: t.itemsTitle,
      intro: t.itemsIntro,
      columns: [
        { label: t.statement },
        { label: t.category, width: 125 },
        { label: t.percentPositive, width: 80, align: "right" },
        { label: t.answers, width: 60, align: "right" },
      ],
      rows: report.statements.map((row) => [
        tr(row.text),
        tr(row.nodeLabel),
        row.withheld ? context.say(row.withheld) : f.score(row.percentPositive),
        f.count(row.n),
      ]),
    },
  ];
  if (report.reference) {
    const reference = report.reference;
    sections.push({
      title: t.referenceTitle,
      intro: `${t.referenceIntro} ${fill(t.referenceWave, { wave: reference.wave.name })}. ${t[`referenceWeighting_${reference.weighting}`]}`,
      columns: [
        { label: t.part },
        { label: t.yourScore, width: 65, align: "right" },
        { label: t.median, width: 65, align: "right" },
        { label: t.middleHalf, width: 110, align: "right" },
        { label: t.organisations, width: 70, align: "right" },
      ],
      rows: reference.rows.map((row) =>
        row.figure
          ? [
              rowLabel(context, row),
              f.score(row.own),
              f.score(row.figure.median),
              `${f.score(row.figure.q1)}–${f.score(row.figure.q3)}`,
              f.count(row.figure.organisations),
            ]
          : [rowLabel(context, row), f.score(row.own), withheld(row)],
      ),
    });
  }
  if (report.trend.points.length > 0) {
    const series = report.trend.series;
    sections.push({
      title: fill(t.tableCaption, { title: t.trendTitle }),
      columns: [
        { label: t.campaign },
        { label: t.date, width: 95 },
        { label: t.respondents, width: 70, align: "right" },
        ...series.map((s) => ({ label: tr(s.label), width: 75, align: "right" as const })),
      ],
      rows: report.trend.points.map((point) => [
        point.name,
        f.date(point.opensAt),
        f.count(point.respondents),
        ...point.values.map((value) => f.score(value)),
      ]),
    });
  }
  for (const section of sections) tableSection(context, section);
}
