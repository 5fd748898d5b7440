import { readFile } from "node:fs/promises";
import { hasPdftotext, pdfText } from "@maturo/vitest-config";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, type Harness, logInAsDemoKeyUser, startHarness } from "./harness.js";

/**
 * Page and PDF render the one report model with the one formatter (DESIGN §11), so every figure the
 * results page shows is in the PDF, and every figure of the PDF's tables is on the page. A figure is
 * compared as its digits as formatted ("46,0", "46e" and "12,3 %" give "46,0", "46" and "12,3").
 */

/** The sections of the results page that render the report model. */
const SECTIONS = [
  "responses",
  "profile",
  "quadrant",
  "recommendations",
  "benchmark",
  "reference",
  "levers",
  "gap",
  "disagreement",
  "lens",
  "items",
  "trend",
] as const;

const TEXTS = {
  nl: {
    language: "Nederlands",
    heading: "Maturiteitsprofiel",
    legend: "Weging van de deelnemers",
    weighting: {
      equal: "Elke deelnemer telt even zwaar",
      balanced: "Management en medewerkers tellen elk voor de helft",
    },
    download: "PDF downloaden",
    page: "Pagina",
    tables: "Uw hefbomen: de cijfers",
    summary: "Samenvatting",
  },
  en: {
    language: "English",
    heading: "Maturity profile",
    legend: "Weighting of participants",
    weighting: {
      equal: "Every participant counts the same",
      balanced: "Management and staff count for half each",
    },
    download: "Download PDF",
    page: "Page",
    tables: "Your levers: the numbers",
    summary: "Summary",
  },
} as const;

/** The figures in a text: runs of digits with their decimal or thousands separators. */
function figures(text: string): string[] {
  return text.match(/\d+(?:[.,]\d+)*/g) ?? [];
}

/** How often each figure occurs. */
function counts(tokens: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const token of tokens) map.set(token, (map.get(token) ?? 0) + 1);
  return map;
}

/** The figures of `part` that `whole` does not hold as often: empty when `part` ⊆ `whole` as multisets. */
function missing(part: readonly string[], whole: readonly string[]): string[] {
  const have = counts(whole);
  const out: string[] = [];
  for (const [token, n] of counts(part)) {
    const short = n - (have.get(token) ?? 0);
    for (let i = 0; i < short; i++) out.push(token);
  }
  return out;
}

/** The text of a section of the page: in its tables and paragraphs, and in its highlight lists. */
interface SectionText {
  readonly body: string[];
  readonly highlights: string[];
}

/**
 * The text a reader sees in a section of the page, one text node per entry. Left out: charts (they
 * draw the figures of the tables next to them; their axes are scales, not figures) and the controls
 * (the comparison groups one can choose, such as a size class "10.000–24.999", are not figures). The
 * strengths and challenges are highlights of the statements table, kept apart: the PDF's summary
 * lists the first three of each, and every one of them is a row of its statements table.
 */
async function sectionText(page: Page, id: string): Promise<SectionText> {
  return page.locator(`section#${id}`).evaluate((section) => {
    const text: { body: string[]; highlights: string[] } = { body: [], highlights: [] };
    const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("svg, figure, fieldset, [aria-hidden=true]")) continue;
      if (parent.getClientRects().length === 0) continue;
      (parent.closest(".item-list") ? text.highlights : text.body).push(node.textContent ?? "");
    }
    return text;
  });
}

describe.skipIf(!chromiumPath || !hasPdftotext())("page and PDF of the demo's current campaign", () => {
  let harness: Harness;
  let page: Page;
  beforeAll(async () => {
    harness = await startHarness(chromiumPath as string, { demo: true });
    page = await harness.newPage();
    await logInAsDemoKeyUser(page);
    await page
      .getByRole("link", { name: /Resultaten bekijken/ })
      .first()
      .click();
    await page.getByRole("heading", { name: TEXTS.nl.heading }).waitFor();
  }, 180_000);
  afterAll(() => harness?.close());

  const cases = (["nl", "en"] as const).flatMap((locale) =>
    (["equal", "balanced"] as const).map((weighting) => ({ locale, weighting })),
  );

  it.each(cases)("show the same figures in $locale, weighting $weighting", async ({ locale, weighting }) => {
    const text = TEXTS[locale];
    await page.getByRole("button", { name: text.language, exact: true }).click();
    await page.getByRole("heading", { name: text.heading }).waitFor();
    await page.getByRole("group", { name: text.legend }).getByLabel(text.weighting[weighting]).check();
    await page.getByText(`${text.legend}: ${text.weighting[weighting]}`).waitFor({ state: "attached" });
    await page.locator("section#trend tbody tr").first().waitFor();

    const bySection = new Map<string, string[]>();
    const highlights: string[] = [];
    for (const id of SECTIONS) {
      const text = await sectionText(page, id);
      bySection.set(id, text.body.flatMap(figures));
      highlights.push(...text.highlights.flatMap(figures));
    }
    // Every section that shows figures has some: a page whose sections did not render fails here.
    for (const id of [
      "responses",
      "profile",
      "quadrant",
      "benchmark",
      "reference",
      "gap",
      "lens",
      "items",
      "trend",
    ])
      expect(bySection.get(id)?.length, id).toBeGreaterThan(0);
    const shown = [...bySection.values()].flat();

    const organisation = (await page.locator(".results .lead strong").textContent()) as string;
    const title = (await page.getByRole("heading", { level: 1 }).textContent()) as string;
    const campaign = title.slice(title.indexOf(": ") + 2);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: text.download }).click(),
    ]);
    const path = await download.path();
    const pdf = pdfText(await readFile(path));
    expect(pdf).toContain(`${text.legend}: ${text.weighting[weighting]}`);

    // The footer of every page ("organisation · campaign · Page 3") is the document's, not the report's.
    const footer = `${organisation} · ${campaign} · ${text.page} `;
    const parts = pdf.split(footer);
    expect(parts.length).toBeGreaterThan(2);
    const body = parts.map((part, i) => (i === 0 ? part : part.replace(/^\d+/, ""))).join("");
    expect(body).not.toMatch(new RegExp(`${text.page} \\d+`));

    // Every figure the page shows is in the PDF, as often as the page shows it.
    expect(missing(shown, figures(body))).toEqual([]);
    expect(highlights.length).toBeGreaterThan(0);
    const inPdf = new Set(figures(body));
    expect(highlights.filter((token) => !inPdf.has(token))).toEqual([]);

    // Every figure of the PDF's tables is on the page: on page one the summary (up to the notes on the
    // rules, which the page states above its sections), and from the levers' table to the end (the
    // levers, disagreement, recommendations and every detail table).
    const rules = (await page.locator(".results > p.meta").first().textContent()) as string;
    const summaryStart = body.indexOf(`${text.summary} `);
    const summaryEnd = body.indexOf(rules);
    expect(summaryStart).toBeGreaterThan(0);
    expect(summaryEnd).toBeGreaterThan(summaryStart);
    const start = body.indexOf(text.tables);
    expect(start).toBeGreaterThan(summaryEnd);
    const tables = [...figures(body.slice(summaryStart, summaryEnd)), ...figures(body.slice(start))];
    const onPage = new Set([...shown, ...highlights]);
    expect(tables.filter((token) => !onPage.has(token))).toEqual([]);
    expect(tables.length).toBeGreaterThan(50);
    console.info(
      `${locale}/${weighting}: ${shown.length} figures on the page found in the PDF (multiset), ${highlights.length} highlighted (set); ${tables.length} in the PDF's tables found on the page`,
    );
  });
});
