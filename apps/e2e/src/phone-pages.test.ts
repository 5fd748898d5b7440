import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, chromiumPath, type Harness, startHarness } from "./harness.js";
import { fitProblems, reachablePaths } from "./page-fit.js";

/**
 * Every portal page and every console page, at 390 px wide (a phone): axe clean, no text under 12 px,
 * nothing overflowing. The pages are found by following links, so a page or section another change
 * adds is checked without being listed here; tabs on a page are opened one by one.
 */

const PHONE = { width: 390, height: 844 };

async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await page.waitForURL(/\/(portal|console)/);
}

/** Waits until the page's queries have answered: no request in flight and no loading notice. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await page
    .getByRole("status")
    .filter({ hasText: /^(Even geduld…|Loading…)$/ })
    .first()
    .waitFor({ state: "detached" });
}

/** Everything wrong with the page as shown now, and with each of its tabs opened. */
async function pageProblems(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  const check = async (where: string): Promise<void> => {
    for (const p of await fitProblems(page)) problems.push(`${where}: ${p}`);
    for (const v of await accessibilityViolations(page)) problems.push(`${where}: ${v}`);
  };
  await check(path);
  const tabs = page.getByRole("tab");
  for (let i = 0; i < (await tabs.count()); i++) {
    const tab = tabs.nth(i);
    const name = (await tab.textContent()) ?? String(i);
    await tab.click();
    await settled(page);
    await check(`${path} [tab ${name}]`);
  }
  return problems;
}

async function checkSite(
  page: Page,
  start: string,
  prefix: string,
  exclude: (path: string) => boolean,
): Promise<{ visited: string[]; problems: string[] }> {
  await page.goto(start);
  await settled(page);
  const problems: string[] = [];
  const visited = await reachablePaths(page, prefix, exclude, async (path) => {
    if (new URL(page.url()).pathname !== path) await page.goto(path);
    await settled(page);
    problems.push(...(await pageProblems(page, path)));
  });
  return { visited, problems };
}

describe.skipIf(!chromiumPath)("every page on a phone (390 px), on the demo data", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(chromiumPath as string, { demo: true });
  }, 180_000);
  afterAll(() => harness?.close());

  /** A phone of its own for each test: no session or language carried over. */
  async function phone(run: (page: Page) => Promise<void>): Promise<void> {
    const device = await harness.newDevice();
    try {
      await device.page.setViewportSize(PHONE);
      await run(device.page);
    } finally {
      await device.close();
    }
  }

  it("the measurement itself: SVG text counts at its size on screen, spills and wide pages are found", () =>
    phone(async (page) => {
      await page.setContent(`<!doctype html><html lang="en"><body style="margin:0;font-size:16px">
        <svg viewBox="0 0 780 40" style="width:390px;display:block"><text x="0" y="20" style="font-size:10px">tiny</text></svg>
        <div style="width:100px;overflow:hidden"><span style="white-space:nowrap">a line far too long for its box</span></div>
        <section class="table-scroll" aria-label="wide" tabindex="0" style="overflow-x:auto">
          <table><tr><td style="white-space:nowrap">${"wide ".repeat(60)}</td></tr></table>
        </section>
        <p style="font-size:14px">readable</p>
      </body></html>`);
      const problems = await fitProblems(page);
      expect(problems).toEqual([
        '"tiny" renders 5.0 px high (under 12 px) in text',
        '"a line far too long for its box" run out of its box div',
      ]);
      await page.setContent(
        '<!doctype html><html lang="en"><body><div style="width:2000px">x</div></body></html>',
      );
      expect((await fitProblems(page))[0]).toMatch(/^the page is \d+ px wide at 390 px \(div\)$/);
    }));

  for (const language of ["Nederlands", "English"] as const) {
    it(`the key user's portal, in ${language}: axe clean, no text under 12 px, nothing overflowing`, () =>
      phone(async (page) => {
        await logIn(page, "keyuser@example.org", "maturo-demo-keyuser");
        await settled(page);
        await page.getByRole("button", { name: language }).click();
        const { visited, problems } = await checkSite(page, "/portal", "/portal", () => false);
        // Home, and for each campaign its participation (invitations) and results pages.
        expect(visited.filter((p) => p.endsWith("/results")).length).toBeGreaterThanOrEqual(2);
        expect(visited.filter((p) => /\/campaigns\/\d+$/.test(p)).length).toBeGreaterThanOrEqual(1);
        expect(problems).toEqual([]);
        // The participation counts fit without scrolling: the response column is on screen (issue 15).
        for (const path of ["/portal", ...visited.filter((p) => /\/campaigns\/\d+$/.test(p))]) {
          await page.goto(path);
          await settled(page);
          const participation = page.locator("[data-testid^=participation-]");
          expect(await participation.count()).toBeGreaterThan(0);
          for (const table of await participation.all()) {
            const region = table.locator("xpath=..");
            expect(await region.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(0);
          }
        }
      }));
  }

  for (const language of ["Nederlands", "English"] as const) {
    it(`the admin's console, in ${language}: axe clean, no text under 12 px, nothing overflowing`, () =>
      phone(async (page) => {
        await logIn(page, "admin@example.org", "maturo-demo-admin");
        await settled(page);
        await page.getByRole("button", { name: language }).click();
        const { visited, problems } = await checkSite(page, "/console", "/console", () => false);
        expect(visited.filter((p) => p.startsWith("/console/admin/")).length).toBeGreaterThanOrEqual(5);
        expect(visited.filter((p) => p.startsWith("/console/waves/")).length).toBeGreaterThanOrEqual(5);
        expect(problems).toEqual([]);
      }));
  }
});
