import { ROLE_LABELS } from "@maturo/model/vocabulary";
import { fill, type ShownReport, type Statement, scopeLabel } from "@maturo/report";
import { referenceBand, referenceWave } from "./reference-band.js";
import { type RenderContext, rowLabel } from "./render-context.js";
import { CONTENT_WIDTH, MARGIN } from "./tagged-document.js";

function statementLine(context: RenderContext, s: Statement): string {
  return `${context.f.percent(s.percentPositive)} — ${context.tr(s.text)}`;
}

/** Two lists side by side under their own headings; `y` moves past the longer. */
function twoLists(
  context: RenderContext,
  lists: readonly { readonly title: string; readonly items: readonly string[] }[],
): void {
  const { doc } = context;
  const gap = 18;
  const width = (CONTENT_WIDTH - gap) / 2;
  const style = { size: 9 };
  const needed = Math.max(
    ...lists.map((list) => list.items.reduce((h, item) => h + doc.measure(item, width - 12, style) + 3, 30)),
  );
  doc.ensure(needed);
  const top = doc.y;
  let bottom = top;
  lists.forEach((list, index) => {
    const x = MARGIN + index * (width + gap);
    const headingHeight = doc.headingAt(list.title, x, top, width);
    const height = doc.list(list.items, { x, width, top: top + headingHeight + 4 }, style);
    bottom = Math.max(bottom, top + headingHeight + 4 + height);
  });
  doc.y = bottom + 8;
}

/**
 * Page one, for a council: where the organisation stands (profile and position), its three strengths
 * and three challenges, who answered per role, and what it is compared with.
 */
export function summary(context: RenderContext, report: ShownReport): void {
  const { doc, t, f, tr, locale } = context;
  doc.section(t.summaryTitle, () => {
    const { capability, legacy, profile } = report.position;
    doc.heading(3, t.positionTitle);
    const scores = fill(t.positionScores, { c: f.score(capability.value), l: f.score(legacy.value) });
    if (profile?.name) {
      doc.paragraph(`${fill(t.yourProfile, { id: profile.id, name: tr(profile.name) })} (${scores})`, {
        size: 12,
        bold: true,
      });
      if (profile.description) doc.paragraph(tr(profile.description), { size: 9 });
    } else doc.paragraph(t.quadrantNone, { size: 9 });

    doc.heading(3, t.profileTitle);
    const benchmark = new Map(report.benchmark.rows.map((row) => [row.nodeId, row]));
    const anyBand = report.profile.rows.some((row) => referenceBand(report, row.nodeId) !== null);
    doc.table(
      [
        { label: t.part },
        { label: t.score, width: 65, align: "right" },
        { label: t.groupMean, width: 95, align: "right" },
        { label: t.percentile, width: 70, align: "right" },
        ...(anyBand ? [{ label: t.referenceMedian, width: 95, align: "right" as const }] : []),
      ],
      report.profile.rows.map((row) => {
        const group = benchmark.get(row.nodeId)?.group;
        const band = referenceBand(report, row.nodeId);
        return [
          rowLabel(context, row),
          row.mean === null ? t.hidden : f.score(row.mean),
          f.score(group?.mean),
          f.percentile(group?.percentile),
          ...(anyBand ? [f.score(band?.median)] : []),
        ];
      }),
      { size: 8.5 },
    );

    const top = (list: readonly Statement[]): string[] =>
      list.slice(0, 3).map((s) => statementLine(context, s));
    twoLists(context, [
      { title: t.strengths, items: top(report.strengths) },
      { title: t.challenges, items: top(report.challenges) },
    ]);

    if (report.responses) {
      doc.heading(3, t.responseTitle);
      const total = report.responses.reduce((n, r) => n + r.submitted, 0);
      doc.table(
        [{ label: t.role }, { label: t.respondents, width: 90, align: "right" }],
        [
          ...report.responses.map((r) => [ROLE_LABELS[locale][r.role], f.count(r.submitted)]),
          [t.total, f.count(total)],
        ],
      );
    }

    doc.heading(3, t.comparisonTitle);
    doc.paragraph(
      fill(t.comparisonLine, { scope: scopeLabel(report.benchmark.scope, report.organisation, locale) }),
      { size: 9 },
    );
    doc.paragraph(
      fill(t.comparisonShown, {
        shown: f.count(report.benchmark.compared),
        all: f.count(report.benchmark.rows.length),
      }),
      { size: 9 },
    );
    const wave = referenceWave(report);
    if (wave) doc.paragraph(fill(t.referenceWave, { wave }), { size: 9 });
  });
}
