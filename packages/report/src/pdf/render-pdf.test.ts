import { hasPdftotext, pdfText } from "@maturo/vitest-config";
import { describe, expect, it } from "vitest";
import { buildReport } from "../build-report.js";
import { reportContext } from "../context.js";
import { instrument, organisation, overview, trend } from "../test-fixtures/report-input.js";
import { renderReportPdf } from "./render-pdf.js";

const pdftotext = hasPdftotext();
const text = (pdf: Buffer): string => pdfText(pdf, { layout: true });

const context = reportContext({ organisation, instrument, overview });
const createdAt = new Date("2026-03-05T10:00:00Z");

describe.skipIf(!pdftotext)("the PDF report", () => {
  it("prints a percentile as the page does (46th / 46e), with the group named", () => {
    const model = buildReport({ overview, trend, context, scope: "all" });
    const en = text(renderReportPdf(model, { locale: "en", createdAt }));
    expect(en).toContain("Comparison with other local governments: All local governments");
    expect(en).toMatch(/Vermogen 62\.5 58\.3 46th 12/);
    const nl = text(renderReportPdf(model, { locale: "nl", createdAt }));
    expect(nl).toMatch(/Vermogen 62,5 58,3 46e 12/);
    expect(nl).not.toContain("45,7");
  });

  it("holds the organisation, the withheld reasons and reverse-coded statements phrased by their meaning", () => {
    const model = buildReport({ overview, trend, context, scope: "province" });
    const nl = text(renderReportPdf(model, { locale: "nl", createdAt }));
    // Our own writer is limited to WinAnsi: "Ł" prints as "?" until the PDF library replaces it.
    expect(nl).toContain("Gemeente ?euven");
    expect(nl).toContain("Vergelijking met andere besturen: Dezelfde provincie (Vlaams-Brabant)");
    expect(nl).toContain("minder dan 5 andere besturen met een score in deze groep.");
    expect(nl).toContain("Oneens met: „Oude systemen remmen ons.”");
    expect(nl).toContain("Deelnemers: 6 · Gemaakt op 5 maart 2026");
    expect(nl).toContain("minstens 5 andere besturen");
    expect(nl).toContain("C — Geremd: vermogen 50 of hoger, erfenis onder 50");
    expect(nl).toContain("Datagedreven 75,0 2");
    expect(nl).not.toContain("Er is druk.");
  });

  it("says why when all results are withheld", () => {
    const model = buildReport({ overview: { ...overview, respondents: 3 }, trend, context, scope: "all" });
    const en = text(renderReportPdf(model, { locale: "en", createdAt }));
    expect(en).toContain("The results are still hidden.");
    expect(en).toContain("at least 4 respondents have submitted (3 so far)");
    expect(en).not.toContain("Maturity profile");
  });
});
