import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildReport, type ReferenceSource, reportContext } from "@maturo/report";
import type { ReferenceDisclosure } from "@maturo/report/disclosure";
import { instrument, organisation, overview, trend } from "@maturo/report/testing";
import { hasPdftotext } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderReportPdf } from "./render-report-pdf.js";

const poppler = hasPdftotext();

/** A closed research wave to compare with: quartiles of capability and of the one context scale. */
const quartiles = (median: number): ReferenceDisclosure[] => [
  { scope: "all", status: "shown", q1: median - 10, median, q3: median + 10, organisations: 40 },
];
const efficiency = { nodeId: "capability.a", label: { nl: "Efficiëntie", en: "Efficiency" } };
const reference: ReferenceSource = {
  wave: { id: 1, name: "Wave 2024" },
  weighting: "equal",
  nodes: [
    { nodeId: "capability", groups: quartiles(55) },
    { nodeId: "context.p", groups: quartiles(50) },
  ],
  scales: [{ nodeId: "context.p", label: { nl: "Druk", en: "Pressure" } }],
  models: [efficiency],
  drivers: [{ nodeId: "context.p", model: efficiency, beta: 0.31, p: 0.002, n: 250, clusters: 150 }],
};
const createdAt = new Date("2026-03-05T10:00:00Z");
const NAME = "Gemeente Łódź — Ελληνικά";

/** The file's bytes as text (its object dictionaries are not compressed). */
function raw(file: string): string {
  return readFileSync(file).toString("latin1");
}

/** Runs a poppler tool on a PDF file and gives what it prints. */
function run(tool: string, args: readonly string[]): string {
  return execFileSync(tool, args, { encoding: "utf8" });
}

describe.skipIf(!poppler)("the report PDF as poppler reads it", () => {
  let dir: string;
  const files: Record<"nl" | "en" | "withheld" | "disagree" | "reference", string> = {
    nl: "",
    en: "",
    withheld: "",
    disagree: "",
    reference: "",
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "maturo-report-pdf-"));
    const context = reportContext({
      organisation: { ...organisation, name: NAME },
      instrument,
      overview,
    });
    const model = buildReport({ overview, trend, context, scope: "all" });
    const withheld = buildReport({ overview: { ...overview, respondents: 3 }, trend, context, scope: "all" });
    // Management and staff 40 points apart on one statement, each group above k.
    const split = {
      ...overview,
      itemGroups: [
        {
          itemId: "i-a",
          groups: {
            status: "shown" as const,
            management: { percentPositive: 80, n: 5 },
            staff: { percentPositive: 40, n: 5 },
            difference: 40,
          },
        },
      ],
    };
    const disagree = buildReport({ overview: split, trend, context, scope: "all" });
    const referenced = buildReport({ overview, trend, context: { ...context, reference }, scope: "all" });
    for (const [key, report, locale] of [
      ["nl", model, "nl"],
      ["en", model, "en"],
      ["withheld", withheld, "en"],
      ["disagree", disagree, "en"],
      ["reference", referenced, "en"],
    ] as const) {
      files[key] = join(dir, `${key}.pdf`);
      writeFileSync(files[key], await renderReportPdf(report, { locale, createdAt }));
    }
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("is tagged, in the reader's language, with its title shown as the window title", () => {
    const nl = run("pdfinfo", [files.nl]);
    expect(nl).toMatch(/^Tagged:\s+yes$/m);
    expect(nl).toMatch(/^Title:\s+Gemeente Łódź — Ελληνικά — Digitale maturiteit — rapport$/m);
    expect(nl).toMatch(/^PDF version:\s+1\.7$/m);
    // The catalogue states the language and asks viewers to show the title, not the file name.
    expect(raw(files.nl)).toContain("/Lang (nl-BE)");
    expect(raw(files.nl)).toContain("/DisplayDocTitle true");
    expect(raw(files.en)).toContain("/Lang (en-GB)");
  });

  it("embeds every font it uses", () => {
    const lines = run("pdffonts", [files.nl]).trim().split("\n").slice(2);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toContain("DejaVuSansCondensed");
      // Columns: name type encoding emb sub uni object-id.
      expect(line.split(/\s+/).slice(-5, -2)).toEqual(["yes", "yes", "yes"]);
    }
  });

  it("has headings, tables with header cells, lists and figures with alternative text in its structure", () => {
    const tree = run("pdfinfo", ["-struct-text", files.nl]);
    expect(tree).toMatch(/^\s*Document/m);
    const heading = (level: string, text: string): RegExp =>
      new RegExp(`^\\s*${level} \\(block\\)\\n\\s*"${text}"`, "m");
    expect(tree).toMatch(heading("H1", "Gemeente Łódź — Ελληνικά"));
    for (const text of ["Samenvatting", "Maturiteitsprofiel", "Positie: vermogen × erfenis"])
      expect(tree).toMatch(heading("H2", text));
    expect(tree).toMatch(heading("H3", "Respons per rol"));
    for (const tag of ["Table", "THead", "TBody", "TR", "TH", "TD", "L", "LI", "LBody", "P", "Sect"])
      expect(tree).toMatch(new RegExp(`^\\s*${tag}\\b`, "m"));
    // Page numbers are artifacts: printed, but outside the structure a screen reader follows.
    expect(run("pdftotext", ["-f", "2", "-l", "2", files.nl, "-"])).toContain("Pagina 2");
    expect(tree).not.toContain("Pagina");
    const structure = run("pdfinfo", ["-struct", files.nl]);
    // Profile bars, quadrant, trend and benchmark: each a Figure.
    expect(structure.match(/^\s*Figure\b/gm)?.length).toBe(4);
    // Dictionaries are not compressed: the alternative texts and header scopes read as written.
    const bytes = raw(files.nl);
    expect(bytes).toMatch(/\/Alt \(Staafdiagram: donkere staven/);
    expect(bytes).toMatch(/\/Alt \(Kwadrantdiagram met digitaal vermogen/);
    expect(bytes).toMatch(/\/Alt \(Lijndiagram van digitaal vermogen/);
    expect(bytes).toContain("/Scope /Column");
    expect(bytes).toContain("/Scope /Row");
  });

  it("reads back text outside Latin-1 and percentiles as ranks", () => {
    const text = run("pdftotext", [files.en, "-"]);
    expect(text).toContain("Gemeente Łódź — Ελληνικά");
    expect(text).toMatch(/Vermogen\s+62\.5\s+58\.3\s+46th\s+12/);
    expect(text).not.toContain("45.7");
  });

  it("puts the summary on page one: position, profile, three strengths and challenges, response, comparison", () => {
    const page = run("pdftotext", ["-f", "1", "-l", "1", files.nl, "-"]).replace(/\s+/g, " ");
    expect(page).toContain("Gemeente Łódź — Ελληνικά");
    expect(page).toContain("Samenvatting");
    expect(page).toContain("Profiel C: Geremd (vermogen 62,5, erfenis 45,0)");
    expect(page).toMatch(/Vermogen 62,5 58,3 46e/);
    expect(page).toMatch(/Sterktes .*Uitdagingen/);
    // A reverse-coded statement is phrased by its meaning, never printed bare next to its 100 %.
    expect(page).toContain("100,0 % — Oneens met: „Oude systemen remmen ons.”");
    expect(page).toContain(
      "Respons per rol Rol Deelnemers Algemeen directeur 1 Lid managementteam 2 Medewerker 3 Totaal 6",
    );
    expect(page).toContain("Uw scores worden vergeleken met: Alle besturen.");
    expect(page).not.toContain("Stellingen: % positief");
    const second = run("pdftotext", ["-f", "2", "-l", "2", files.nl, "-"]);
    expect(second).toContain("Maturiteitsprofiel");
  });

  it("shows where management and staff differ: a chart, the numbers and a question to start with", () => {
    const text = run("pdftotext", [files.disagree, "-"]).replace(/\s+/g, " ");
    expect(text).toContain("Where management and staff differ");
    expect(text).toMatch(/We plan well\. 80\.0% 40\.0% \+40\.0/);
    expect(text).toContain(
      "Management is more positive than staff about “We plan well.” (40 percentage points apart)",
    );
    const structure = run("pdfinfo", ["-struct", files.disagree]);
    expect(structure.match(/^\s*Figure\b/gm)?.length).toBe(5);
    expect(raw(files.disagree)).toContain("/Alt (% positive of management and staff per statement)");
    // Without the groups' figures the section says why instead.
    expect(run("pdftotext", [files.en, "-"]).replace(/\s+/g, " ")).toMatch(
      /Where management and staff differ .* Hidden: appears when the figures are next refreshed/,
    );
  });

  it("draws the reference wave's band, names the wave, and ranks the levers with their β and model", () => {
    const page = run("pdftotext", ["-f", "1", "-l", "1", files.reference, "-"]).replace(/\s+/g, " ");
    expect(page).toMatch(/Part Score Group mean Percentile Reference median/);
    expect(page).toMatch(/Vermogen 62\.5 58\.3 46th 55\.0/);
    expect(page).toContain("Reference: Wave 2024");
    const text = run("pdftotext", [files.reference, "-"]).replace(/\s+/g, " ");
    expect(text).toContain("Your levers");
    expect(text).toContain("Your score 30.0 is 20.0 points below the reference median 50.0");
    expect(text).toMatch(/standardised β = 0\.31 \(p = 0\.002\)/);
    // Profile bars, quadrant, trend, benchmark and the levers' bars.
    expect(run("pdfinfo", ["-struct", files.reference]).match(/^\s*Figure\b/gm)?.length).toBe(5);
    expect(raw(files.reference)).toMatch(/\/Alt \(Bar chart: dark bars [^)]*Grey band: middle half/);
  });

  it("says why when all results are withheld, and draws no charts", () => {
    const text = run("pdftotext", [files.withheld, "-"]).replace(/\s+/g, " ");
    expect(text).toContain("The results are still hidden.");
    expect(text).toContain("at least 4 respondents have submitted (3 so far)");
    expect(text).not.toContain("Maturity profile");
    expect(run("pdfinfo", [files.withheld])).toMatch(/^Tagged:\s+yes$/m);
  });
});
