import type { LocalizedText } from "@maturo/model";
import type { ReportContext } from "./report-content.js";
import { PAGE_HEIGHT, PAGE_WIDTH, PdfWriter } from "./report-pdf-writer.js";
import type { Overview, Trend } from "./report-results.js";

type ShownOverview = Extract<Overview, { status: "shown" }>;
export type ReportLocale = "nl" | "en";
export type BenchmarkScopeChoice = "all" | "province" | "sizeClass";

const TEXT = {
  nl: {
    title: "Digitale maturiteit — rapport",
    campaign: "Bevraging",
    respondents: "Deelnemers",
    generated: "Gemaakt op",
    withheld: "Resultaten verborgen",
    profile: "Maturiteitsprofiel",
    profileIntro:
      "Scores van 0 tot 100. Digitaal vermogen: het voertuig dat u hebt. Digitale erfenis: de bagage die u meedraagt (hoger = de erfenis helpt).",
    score: "Score",
    n: "n",
    hidden: "verborgen",
    quadrant: "Positie: vermogen × erfenis",
    capability: "Digitaal vermogen",
    legacy: "Digitale erfenis",
    you: "U",
    horizontal: "horizontaal",
    vertical: "verticaal",
    position: "Profiel {id}: {name} (vermogen {c}, erfenis {l})",
    noProfile: "Geen profiel: vermogen of erfenis ontbreekt.",
    profileRecs: "Aanbevelingen bij dit profiel",
    recommendations: "Aanbevelingen",
    weakest: "Zwakste onderdelen",
    takeaways: "Kernboodschappen uit het onderzoek",
    priority: "prioriteit",
    scale: "score",
    percentPositive: "% positief",
    benchmark: "Vergelijking met andere besturen",
    scope: {
      all: "alle besturen",
      province: "besturen in dezelfde provincie",
      sizeClass: "besturen van dezelfde grootte",
    },
    groupMean: "Gemiddelde groep",
    percentile: "Percentiel",
    groupSize: "Groep",
    node: "Onderdeel",
    dimension: "Dimensie",
    profiles: "Profielen",
    below: "onder {t}",
    atOrAbove: "{t} of hoger",
    legendLine: "{id} — {name}: vermogen {c}, erfenis {l}",
    reversed: "(omgekeerd gescoord)",
    itemsIntro:
      "Het aandeel deelnemers dat positief antwoordde. Bij een negatief gestelde stelling (omgekeerd gescoord) telt niet akkoord gaan als positief.",
    gap: "Management en medewerkers",
    management: "Management",
    staff: "Medewerkers",
    difference: "Verschil",
    lens: "OESO-lens",
    items: "Stellingen",
    item: "Stelling",
    strengths: "Sterktes",
    challenges: "Uitdagingen",
    trend: "Evolutie over bevragingen",
    date: "Datum",
    withheldItem: "verborgen (minder dan {min} antwoorden)",
    reasonSmallGroup: "verborgen: minder dan {min} andere besturen met een score in deze groep ({size})",
    reasonNoAttribute: "verborgen: provincie of grootteklasse van uw bestuur is niet gekend",
    reasonNoScore: "verborgen: uw bestuur heeft geen score op dit onderdeel",
    reasonGap: "verborgen: management en medewerkers hebben elk minstens {min} deelnemers nodig ({m} en {s})",
    minRule:
      "Regel: een cijfer verschijnt alleen als het op minstens {min} deelnemers steunt; vergelijkingen met minstens {bench} andere besturen.",
    page: "Pagina",
    lensItems: "stellingen",
    weighting_equal: "Weging: elke deelnemer telt even zwaar.",
    weighting_balanced:
      "Weging: management en medewerkers tellen elk voor de helft, hoeveel er ook antwoordden.",
  },
  en: {
    title: "Digital maturity — report",
    campaign: "Campaign",
    respondents: "Respondents",
    generated: "Generated on",
    withheld: "Results withheld",
    profile: "Maturity profile",
    profileIntro:
      "Scores from 0 to 100. Digital capability: the vehicle you have. Digital legacy: the baggage you carry (higher = the legacy helps).",
    score: "Score",
    n: "n",
    hidden: "hidden",
    quadrant: "Position: capability × legacy",
    capability: "Digital capability",
    legacy: "Digital legacy",
    you: "You",
    horizontal: "horizontal",
    vertical: "vertical",
    position: "Profile {id}: {name} (capability {c}, legacy {l})",
    noProfile: "No profile: capability or legacy is missing.",
    profileRecs: "Recommendations for this profile",
    recommendations: "Recommendations",
    weakest: "Weakest categories",
    takeaways: "Key takeaways of the study",
    priority: "priority",
    scale: "score",
    percentPositive: "% positive",
    benchmark: "Comparison with other local governments",
    scope: {
      all: "all local governments",
      province: "local governments in the same province",
      sizeClass: "local governments of the same size",
    },
    groupMean: "Group mean",
    percentile: "Percentile",
    groupSize: "Group",
    node: "Part",
    dimension: "Dimension",
    profiles: "Profiles",
    below: "below {t}",
    atOrAbove: "{t} or higher",
    legendLine: "{id} — {name}: capability {c}, legacy {l}",
    reversed: "(reverse-scored)",
    itemsIntro:
      "The share of respondents who answered positively. For a negatively worded statement (reverse-scored), disagreeing counts as positive.",
    gap: "Management and staff",
    management: "Management",
    staff: "Staff",
    difference: "Difference",
    lens: "OECD lens",
    items: "Statements",
    item: "Statement",
    strengths: "Strengths",
    challenges: "Challenges",
    trend: "Trend across campaigns",
    date: "Date",
    withheldItem: "hidden (fewer than {min} answers)",
    reasonSmallGroup: "hidden: fewer than {min} other local governments with a score in this group ({size})",
    reasonNoAttribute: "hidden: your organisation's province or size class is not known",
    reasonNoScore: "hidden: your organisation has no score on this part",
    reasonGap: "hidden: management and staff each need at least {min} respondents ({m} and {s})",
    minRule:
      "Rule: a number appears only when it rests on at least {min} respondents; comparisons need at least {bench} other local governments.",
    page: "Page",
    lensItems: "statements",
    weighting_equal: "Weighting: every respondent counts the same.",
    weighting_balanced: "Weighting: management and staff count for half each, however many of them answered.",
  },
} as const;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}

const MARGIN = 48;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const BOTTOM = PAGE_HEIGHT - 56;

/** Lays content out top to bottom, starting a new page when the next block does not fit. */
class Flow {
  y = MARGIN;
  constructor(
    readonly pdf: PdfWriter,
    private readonly footer: (page: number) => string,
  ) {
    this.newPage();
  }

  newPage(): void {
    this.pdf.addPage();
    this.y = MARGIN;
    this.pdf.text(MARGIN, PAGE_HEIGHT - 28, this.footer(this.pdf.pageCount), { size: 8, gray: 0.3 });
  }

  ensure(height: number): void {
    if (this.y + height > BOTTOM) this.newPage();
  }

  heading(text: string, size = 14): void {
    this.ensure(size + 60);
    this.y += size + 6;
    this.pdf.text(MARGIN, this.y, text, { size, bold: true });
    this.y += 8;
  }

  paragraph(
    text: string,
    options: { size?: number; bold?: boolean; indent?: number; gray?: number } = {},
  ): void {
    const size = options.size ?? 10;
    const indent = options.indent ?? 0;
    for (const line of this.pdf.wrap(text, CONTENT_WIDTH - indent, size, options.bold)) {
      this.ensure(size + 4);
      this.y += size + 3;
      this.pdf.text(MARGIN + indent, this.y, line, {
        size,
        ...(options.bold ? { bold: true } : {}),
        ...(options.gray !== undefined ? { gray: options.gray } : {}),
      });
    }
    this.y += 3;
  }

  bullet(text: string, size = 10): void {
    const lines = this.pdf.wrap(text, CONTENT_WIDTH - 14, size);
    lines.forEach((line, index) => {
      this.ensure(size + 4);
      this.y += size + 3;
      if (index === 0) this.pdf.text(MARGIN + 2, this.y, "•", { size });
      this.pdf.text(MARGIN + 14, this.y, line, { size });
    });
    this.y += 2;
  }

  /** A table with a bold header row; columns are widths in points, text wraps inside a cell. */
  table(
    columns: readonly { label: string; width: number; align?: "right" }[],
    rows: readonly string[][],
  ): void {
    const size = 9;
    const drawRow = (cells: readonly string[], bold: boolean): void => {
      // A row with fewer cells than columns lets its last cell span the rest (a reason, not a number).
      const spans = cells.map((_, i) =>
        i === cells.length - 1 && cells.length < columns.length
          ? columns.slice(i).reduce((w, c) => w + c.width, 0)
          : (columns[i]?.width ?? 60),
      );
      // Leading spaces indent a cell (a category under its dimension). They are drawn as part of the
      // text, so every row still starts at the same x and text extraction keeps the rows in order.
      const wrapped = cells.map((cell, i) => {
        const indent = /^ */.exec(cell)?.[0] ?? "";
        const width = (spans[i] ?? 60) - 6 - this.pdf.textWidth(indent, size, bold);
        return this.pdf.wrap(cell, width, size, bold).map((line) => `${indent}${line}`);
      });
      const height = Math.max(...wrapped.map((w) => w.length)) * (size + 2) + 5;
      this.ensure(height);
      let x = MARGIN;
      wrapped.forEach((lines, i) => {
        const column = columns[i];
        if (!column) return;
        lines.forEach((line, l) => {
          const spanning = spans[i] !== column.width;
          const lineX =
            column.align === "right" && !spanning
              ? x + column.width - 4 - this.pdf.textWidth(line, size, bold)
              : x + 6;
          this.pdf.text(lineX, this.y + (l + 1) * (size + 2), line, { size, bold });
        });
        x += column.width;
      });
      this.y += height;
      this.pdf.line(MARGIN, this.y - 1, MARGIN + CONTENT_WIDTH, this.y - 1, {
        width: bold ? 0.8 : 0.3,
        gray: bold ? 0 : 0.5,
      });
    };
    drawRow(
      columns.map((c) => c.label),
      true,
    );
    for (const row of rows) drawRow(row, false);
    this.y += 6;
  }
}

/** The results report: the dashboard's sections in print, readable in black and white. */
export function renderReportPdf(input: {
  overview: Overview;
  trend: Trend;
  context: ReportContext;
  locale: ReportLocale;
  scope: BenchmarkScopeChoice;
  createdAt: Date;
}): Buffer {
  const { overview, trend, context, locale, scope } = input;
  const t = TEXT[locale];
  const tr = (text: LocalizedText): string => text[locale] ?? text.nl ?? "";
  const number = new Intl.NumberFormat(locale === "nl" ? "nl-BE" : "en-GB", {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const fmt = (value: number | null | undefined): string =>
    value === null || value === undefined ? "—" : number.format(value);
  const dateFormat = new Intl.DateTimeFormat(locale === "nl" ? "nl-BE" : "en-GB", { dateStyle: "long" });
  const org = context.organisation;
  const pdf = new PdfWriter({
    title: `${org.name} — ${t.title}`,
    subject: overview.campaign.name,
    lang: locale === "nl" ? "nl-BE" : "en",
    createdAt: input.createdAt,
  });
  const flow = new Flow(pdf, (page) => `${org.name} · ${overview.campaign.name} · ${t.page} ${page}`);

  // Title block.
  flow.y += 12;
  pdf.text(MARGIN, flow.y, t.title, { size: 11, gray: 0.25 });
  flow.y += 6;
  flow.paragraph(org.name, { size: 20, bold: true });
  flow.paragraph(`${t.campaign}: ${overview.campaign.name}`);
  flow.paragraph(
    `${t.respondents}: ${overview.respondents} · ${t.generated} ${dateFormat.format(input.createdAt)}`,
    { gray: 0.25 },
  );
  flow.paragraph(fill(t.minRule, { min: overview.minGroupSize, bench: 5 }), { size: 8, gray: 0.25 });
  flow.paragraph(t[`weighting_${overview.weighting}`], { size: 8, gray: 0.25 });

  if (overview.status === "withheld") {
    flow.heading(t.withheld);
    flow.paragraph(overview.message);
    return pdf.toBuffer();
  }
  const shown: ShownOverview = overview;
  const scoreById = new Map(shown.scores.map((s) => [s.nodeId, s]));
  const labelOf = (nodeId: string): string => {
    const s = scoreById.get(nodeId);
    return s ? tr(s.label) : nodeId;
  };
  const profileNodes = [
    "capability",
    "capability.efficiency",
    "capability.innovation",
    "capability.balance",
    "legacy",
    "legacy.organisation",
    "legacy.users",
    "legacy.technology",
  ];
  /** Each dimension followed by its own categories, whatever order the ids come in. */
  const hierarchical = <T>(entries: readonly T[], id: (entry: T) => string): T[] => {
    const dimensionOf = (nodeId: string): string => nodeId.split(".")[0] ?? nodeId;
    const dimensions = [...new Set(entries.map((e) => dimensionOf(id(e))))];
    return dimensions.flatMap((dimension) => [
      ...entries.filter((e) => id(e) === dimension),
      ...entries.filter((e) => id(e) !== dimension && dimensionOf(id(e)) === dimension),
    ]);
  };
  /** A label for a table row: a category indented under its dimension with a dash. */
  const rowLabel = (nodeId: string): string =>
    nodeId.includes(".") ? `   – ${labelOf(nodeId)}` : labelOf(nodeId);

  // 1. Maturity profile: bars with the numbers next to them.
  flow.heading(t.profile);
  flow.paragraph(t.profileIntro, { size: 9 });
  const labelWidth = 190;
  const barWidth = 210;
  const barX = MARGIN + labelWidth;
  flow.ensure(profileNodes.length * 20 + 30);
  flow.y += 4;
  for (const tick of [0, 25, 50, 75, 100]) {
    const x = barX + (tick / 100) * barWidth;
    pdf.text(x - pdf.textWidth(String(tick), 7) / 2, flow.y + 7, String(tick), { size: 7, gray: 0.3 });
  }
  flow.y += 10;
  const chartTop = flow.y;
  for (const nodeId of profileNodes) {
    const s = scoreById.get(nodeId);
    const dimension = !nodeId.includes(".");
    const rowY = flow.y;
    pdf.text(MARGIN + (dimension ? 0 : 12), rowY + 11, labelOf(nodeId), { size: 9, bold: dimension });
    pdf.rect(barX, rowY + 3, barWidth, 11, { stroke: 0.6, lineWidth: 0.4 });
    if (s && s.mean !== null) {
      const w = (s.mean / 100) * barWidth;
      if (dimension) pdf.rect(barX, rowY + 3, w, 11, { fill: 0.2 });
      else pdf.rect(barX, rowY + 3, w, 11, { fill: 0.85, hatch: true, stroke: 0, lineWidth: 0.5 });
      pdf.text(barX + barWidth + 8, rowY + 11, `${fmt(s.mean)}  (${t.n} = ${s.n})`, {
        size: 9,
        bold: dimension,
      });
    } else {
      pdf.text(barX + barWidth + 8, rowY + 11, `${t.hidden} (${t.n} = ${s?.n ?? 0})`, { size: 9 });
    }
    flow.y += 18;
  }
  const thresholdX = barX + (context.thresholds.capability / 100) * barWidth;
  pdf.line(thresholdX, chartTop, thresholdX, flow.y, { dash: [2, 2], width: 0.6 });
  flow.y += 8;

  // 2. Quadrant.
  flow.heading(t.quadrant);
  const capability = scoreById.get("capability")?.mean ?? null;
  const legacy = scoreById.get("legacy")?.mean ?? null;
  const size = 190;
  flow.ensure(size + 40);
  const qx = MARGIN + 40;
  const qy = flow.y + 18;
  pdf.text(qx - 30, qy - 6, `${t.legacy} (${t.vertical})`, { size: 8 });
  pdf.rect(qx, qy, size, size, { stroke: 0, lineWidth: 0.8 });
  const tx = qx + (context.thresholds.capability / 100) * size;
  const ty = qy + size - (context.thresholds.legacy / 100) * size;
  pdf.line(tx, qy, tx, qy + size, { dash: [3, 2] });
  pdf.line(qx, ty, qx + size, ty, { dash: [3, 2] });
  // Quadrant letters: A bottom-left, B top-left, C bottom-right, D top-right (capability →, legacy ↑).
  for (const [letter, lx, ly] of [
    ["A", qx + 6, qy + size - 6],
    ["B", qx + 6, qy + 14],
    ["C", tx + 6, qy + size - 6],
    ["D", tx + 6, qy + 14],
  ] as const) {
    const profile = shown.profile?.id === letter;
    pdf.text(lx, ly, letter, { size: 12, bold: true, gray: profile ? 0 : 0.5 });
  }
  pdf.text(qx, qy + size + 14, `${t.capability} (${t.horizontal})`, { size: 8 });
  pdf.text(qx - 8, qy + size + 4, "0", { size: 7, gray: 0.3 });
  pdf.text(qx + size - 6, qy + size + 9, "100", { size: 7, gray: 0.3 });
  pdf.text(qx - 16, qy + 5, "100", { size: 7, gray: 0.3 });
  if (capability !== null && legacy !== null) {
    const px = qx + (capability / 100) * size;
    const py = qy + size - (legacy / 100) * size;
    pdf.circle(px, py, 5, { fill: 0, stroke: 1 });
    pdf.text(px + 8, py + 3, t.you, { size: 9, bold: true });
  }
  // Profile text beside the plot.
  const textX = qx + size + 24;
  const textWidth = MARGIN + CONTENT_WIDTH - textX;
  let ty2 = qy + 10;
  const side = (text: string, options: { size?: number; bold?: boolean } = {}): void => {
    const fontSize = options.size ?? 9;
    for (const line of pdf.wrap(text, textWidth, fontSize, options.bold)) {
      pdf.text(textX, ty2, line, { size: fontSize, ...(options.bold ? { bold: true } : {}) });
      ty2 += fontSize + 3;
    }
    ty2 += 3;
  };
  if (shown.profile && "name" in shown.profile && shown.profile.name && shown.profile.description) {
    side(
      fill(t.position, {
        id: shown.profile.id,
        name: tr(shown.profile.name),
        c: fmt(capability),
        l: fmt(legacy),
      }),
      { bold: true, size: 10 },
    );
    side(tr(shown.profile.description));
  } else side(t.noProfile);
  flow.y = Math.max(qy + size + 24, ty2);
  // Legend: the quadrants' letters with the profiles' names and where each lies.
  flow.paragraph(t.profiles, { bold: true, size: 9 });
  const whole = new Intl.NumberFormat(locale === "nl" ? "nl-BE" : "en-GB", { maximumFractionDigits: 1 });
  const condition = (side: "below" | "atOrAbove", threshold: number): string =>
    fill(t[side], { t: whole.format(threshold) });
  for (const profile of [...context.profiles].sort((a, b) => a.id.localeCompare(b.id))) {
    flow.paragraph(
      fill(t.legendLine, {
        id: profile.id,
        name: tr(profile.name),
        c: condition(profile.capability, context.thresholds.capability),
        l: condition(profile.legacy, context.thresholds.legacy),
      }),
      { size: 8.5, indent: 4, ...(shown.profile?.id === profile.id ? { bold: true } : {}) },
    );
  }
  flow.y += 6;
  if (shown.profile && "recommendations" in shown.profile && shown.profile.recommendations) {
    flow.paragraph(t.profileRecs, { bold: true });
    for (const rec of shown.profile.recommendations) flow.bullet(tr(rec));
  }

  // 3. Recommendations tied to the weakest categories and the seed's takeaways.
  const recs = context.recommendations;
  if (recs) {
    flow.heading(t.recommendations);
    flow.paragraph(t.weakest, { bold: true });
    for (const weak of recs.weakest) {
      flow.paragraph(`${labelOf(weak.nodeId)}: ${fmt(weak.score)}`, { bold: true, indent: 4, size: 9.5 });
      for (const advice of weak.advice) flow.bullet(tr(advice), 9.5);
    }
    flow.paragraph(t.takeaways, { bold: true });
    for (const takeaway of recs.takeaways) {
      const measure =
        takeaway.score === null
          ? ""
          : ` (${takeaway.basis === "scale" ? t.scale : t.percentPositive} ${fmt(takeaway.score)}${takeaway.priority ? ` — ${t.priority}` : ""})`;
      flow.paragraph(`${tr(takeaway.title)}${measure}`, { bold: true, indent: 4, size: 9.5 });
      flow.paragraph(tr(takeaway.text), { indent: 4, size: 9.5 });
    }
  }

  // 4. Benchmark against the chosen group.
  flow.heading(`${t.benchmark}: ${t.scope[scope]}`);
  const benchmarkRows = hierarchical(shown.benchmarks, (b) => b.nodeId).map((b) => {
    const group = b.groups.find((g) => g.scope === scope);
    const own = scoreById.get(b.nodeId)?.mean ?? null;
    if (!group) return [rowLabel(b.nodeId), fmt(own), "—", "—", "—"];
    if (group.status === "shown")
      return [
        rowLabel(b.nodeId),
        fmt(own),
        fmt(group.groupMean),
        number.format(group.percentileRank),
        String(group.groupSize),
      ];
    const reason =
      group.reason === "group-too-small"
        ? fill(t.reasonSmallGroup, { min: 5, size: group.groupSize })
        : group.reason === "no-attribute"
          ? t.reasonNoAttribute
          : t.reasonNoScore;
    return [rowLabel(b.nodeId), fmt(own), reason];
  });
  flow.table(
    [
      { label: t.node, width: 170 },
      { label: t.score, width: 60, align: "right" },
      { label: t.groupMean, width: 130, align: "right" },
      { label: t.percentile, width: 70, align: "right" },
      { label: t.groupSize, width: CONTENT_WIDTH - 430, align: "right" },
    ],
    benchmarkRows,
  );

  // 5. Management versus staff.
  flow.heading(t.gap);
  const gapRows = profileNodes
    .map((nodeId) => scoreById.get(nodeId))
    .filter((s): s is NonNullable<typeof s> => s !== undefined)
    .map((s) => {
      const gap = s.breakdown.gap;
      if (gap.status === "shown")
        return [
          rowLabel(s.nodeId),
          `${fmt(gap.management.mean)} (${t.n} = ${gap.management.n})`,
          `${fmt(gap.staff.mean)} (${t.n} = ${gap.staff.n})`,
          `${gap.gap > 0 ? "+" : ""}${fmt(gap.gap)}`,
        ];
      return [
        rowLabel(s.nodeId),
        fill(t.reasonGap, { min: shown.minGroupSize, m: gap.managementN, s: gap.staffN }),
      ];
    });
  flow.table(
    [
      { label: t.node, width: 170 },
      { label: t.management, width: 120, align: "right" },
      { label: t.staff, width: 120, align: "right" },
      { label: t.difference, width: CONTENT_WIDTH - 410, align: "right" },
    ],
    gapRows,
  );

  // 6. OECD lens.
  const lensTags = context.lens.flatMap((lens) => lens.tags);
  flow.heading(t.lens);
  flow.table(
    [
      { label: t.dimension, width: 200 },
      { label: t.percentPositive, width: 100, align: "right" },
      { label: t.items, width: CONTENT_WIDTH - 300, align: "right" },
    ],
    lensTags.map((tag) => {
      const entry = shown.lens.find((l) => l.tag === tag.id);
      return [tr(tag.label), entry ? fmt(entry.percentPositive) : "—", entry ? String(entry.items) : "0"];
    }),
  );

  // 7. Strengths, challenges and % positive per item.
  // A negatively worded statement says so: "100% positive" on "past IT choices still hold us back"
  // means everyone disagreed.
  const itemText = new Map(
    context.items.map((item) => [item.id, item.reverse ? `${tr(item.text)} ${t.reversed}` : tr(item.text)]),
  );
  flow.heading(t.strengths);
  for (const s of shown.strengthsAndChallenges.strengths)
    flow.bullet(`${fmt(s.percentPositive)}% — ${itemText.get(s.itemId) ?? s.itemId}`, 9.5);
  flow.heading(t.challenges);
  for (const s of shown.strengthsAndChallenges.challenges)
    flow.bullet(`${fmt(s.percentPositive)}% — ${itemText.get(s.itemId) ?? s.itemId}`, 9.5);
  flow.heading(`${t.items}: ${t.percentPositive}`);
  flow.paragraph(t.itemsIntro, { size: 9 });
  const itemNode = new Map(context.items.map((item) => [item.id, item.node]));
  flow.table(
    [
      { label: t.item, width: 300 },
      { label: t.node, width: 120 },
      { label: t.percentPositive, width: CONTENT_WIDTH - 420, align: "right" },
    ],
    shown.items
      .filter((item) => !(itemNode.get(item.itemId) ?? "").startsWith("context"))
      .map((item) => [
        itemText.get(item.itemId) ?? item.itemId,
        labelOf(itemNode.get(item.itemId) ?? ""),
        item.withheld ? fill(t.withheldItem, { min: shown.minGroupSize }) : fmt(item.percentPositive),
      ]),
  );

  // 8. Trend.
  flow.heading(t.trend);
  flow.table(
    [
      { label: t.campaign, width: 190 },
      { label: t.date, width: 100 },
      { label: t.respondents, width: 70, align: "right" },
      { label: t.capability, width: 70, align: "right" },
      { label: t.legacy, width: CONTENT_WIDTH - 430, align: "right" },
    ],
    trend.map((point) => [
      point.name,
      dateFormat.format(new Date(point.opensAt)),
      String(point.respondents),
      fmt(point.scores.capability ?? null),
      fmt(point.scores.legacy ?? null),
    ]),
  );
  return pdf.toBuffer();
}
