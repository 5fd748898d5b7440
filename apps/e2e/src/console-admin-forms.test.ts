import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  accessibilityViolations,
  chromiumPath,
  type Harness,
  logIn,
  requestAccount,
  startHarness,
} from "./harness.js";
import { fitProblems } from "./page-fit.js";

/**
 * The admin's forms (issue 15): every problem shows at its field, a long word cannot stretch a page,
 * the organisations are searched and paged on the server, and a new instrument version is not
 * published for key users unless the researcher chooses so.
 */

async function login(page: Page, email: string, password: string): Promise<void> {
  await logIn(page, email, password);
  await page.waitForURL("**/console");
}

/** The control's error: it is marked invalid and its description holds the message. */
async function fieldError(within: Page | Locator, label: string | RegExp): Promise<string> {
  const control = within.getByLabel(label);
  const page = "page" in within ? within.page() : within;
  await expect.poll(() => control.getAttribute("aria-invalid")).toBe("true");
  const ids = ((await control.getAttribute("aria-describedby")) ?? "").split(" ").filter(Boolean);
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(" ");
}

const LONG_WORD = "Onderbroken".repeat(170);

describe.skipIf(!chromiumPath)("the admin's forms in Chromium, on the demo data", () => {
  let harness: Harness;
  let page: Page;
  beforeAll(async () => {
    harness = await startHarness(chromiumPath as string, { demo: true });
    page = await harness.newPage();
  }, 120_000);
  afterAll(() => harness?.close());

  it("a long unbroken word in an account request wraps: the page stays as wide as the screen", async () => {
    await requestAccount(page, {
      organisation: `Gemeente ${LONG_WORD.slice(0, 180)}`,
      code: "99077",
      name: "Lange Woorden",
      email: "lang@woord.be",
      message: LONG_WORD,
    });

    await login(page, "admin@example.org", "maturo-demo-admin");
    await page.getByRole("link", { name: "Accountaanvragen" }).click();
    const request = page.getByTestId("account-request").filter({ hasText: "Lange Woorden" });
    await request.waitFor();
    expect(await request.textContent()).toContain(LONG_WORD);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await fitProblems(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("a too-short password on approval is shown at the password field, and nothing is approved", async () => {
    const request = page.getByTestId("account-request").filter({ hasText: "Lange Woorden" });
    const password = request.getByLabel(/Wachtwoord voor de nieuwe sleutelgebruiker/);
    await password.fill("kort");
    await request.getByRole("button", { name: "Aanvraag van Lange Woorden goedkeuren" }).click();
    const error = await fieldError(request, /Wachtwoord voor de nieuwe sleutelgebruiker/);
    expect(error).toMatch(/10/);
    expect(await request.textContent()).not.toContain("goedgekeurd");
    expect(await accessibilityViolations(page)).toEqual([]);
    // Corrected, it goes through and the field's problem is gone.
    await password.fill("lange-woorden-2026");
    await request.getByRole("button", { name: "Aanvraag van Lange Woorden goedkeuren" }).click();
    await request.getByRole("status").filter({ hasText: "Goedgekeurd" }).waitFor();
  });

  it("searches the organisations on the server by name or code and pages through them, keyboard only", async () => {
    await page.getByRole("link", { name: "Organisaties" }).click();
    const found = page.getByTestId("organisations-found");
    await expect.poll(() => found.textContent()).toMatch(/^\d+ organisaties gevonden, pagina 1 van \d+$/);
    const total = Number(((await found.textContent()) as string).split(" ")[0]);
    expect(total).toBeGreaterThan(300);
    const table = page.getByRole("table", { name: "Organisaties" });
    expect(await table.locator("tbody tr").count()).toBe(25);
    const firstPage = await table.locator("tbody tr").first().textContent();
    await page.getByRole("button", { name: "Volgende pagina" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => found.textContent()).toContain("pagina 2 van");
    expect(await table.locator("tbody tr").first().textContent()).not.toBe(firstPage);
    await page.getByRole("button", { name: "Vorige pagina" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => found.textContent()).toContain("pagina 1 van");

    // By code, typed in any case, and submitted with Enter.
    const search = page.getByLabel("Zoeken op naam of code");
    await search.focus();
    await page.keyboard.type("99077");
    await page.keyboard.press("Enter");
    await expect.poll(() => found.textContent()).toBe("1 organisaties gevonden, pagina 1 van 1");
    expect(await table.locator("tbody tr").first().textContent()).toContain("99077");
    expect(await page.getByRole("button", { name: "Volgende pagina" }).count()).toBe(0);
    await search.fill("GEMEENTE ONDERBROKEN");
    await search.press("Enter");
    await expect.poll(() => found.textContent()).toBe("1 organisaties gevonden, pagina 1 van 1");
    await search.fill("geen-bestuur-heet-zo");
    await search.press("Enter");
    await expect
      .poll(() => found.textContent())
      .toBe("Geen organisaties gevonden voor “geen-bestuur-heet-zo”.");
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "English" }).click();
    const english = page.getByLabel("Search by name or code");
    await english.fill("99077");
    await english.press("Enter");
    await expect.poll(() => found.textContent()).toBe("1 organisations found, page 1 of 1");
    await page.getByRole("button", { name: "Nederlands" }).click();
  });

  it("the other admin forms show their problems at the field too (axe clean)", async () => {
    await page.goto("/console/admin/organisations");
    const newOrganisation = page.getByRole("form", { name: "Nieuwe organisatie" });
    await newOrganisation.getByLabel("Naam").fill("X");
    await newOrganisation.getByRole("button", { name: "Toevoegen" }).click();
    expect(await fieldError(newOrganisation, "Code")).not.toBe("");
    expect(await fieldError(newOrganisation, "Naam")).not.toBe("");
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "Gebruikers" }).click();
    await page.getByLabel("E-mailadres").fill("geen-adres");
    await page.getByLabel("Naam", { exact: true }).fill("Nieuwe Onderzoeker");
    await page.getByLabel(/Wachtwoord \(minstens 10 tekens\)/).fill("kort");
    await page.getByRole("button", { name: "Gebruiker aanmaken" }).click();
    expect(await fieldError(page, "E-mailadres")).not.toBe("");
    expect(await fieldError(page, /Wachtwoord \(minstens 10 tekens\)/)).toMatch(/10/);
    const row = page.getByRole("row", { name: /researcher@example\.org/ });
    await row.getByRole("button", { name: "Wachtwoord instellen: researcher@example.org" }).click();
    await row.getByLabel(/Nieuw wachtwoord voor researcher@example\.org/).fill("kort");
    await row.getByRole("button", { name: "Wachtwoord instellen", exact: true }).click();
    expect(await fieldError(row, /Nieuw wachtwoord voor researcher@example\.org/)).toMatch(/10/);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "Bewaartermijnen" }).click();
    const retention = page.locator("form").filter({ hasText: "Dagen bewaren voor" }).first();
    await retention.getByLabel(/Dagen bewaren voor/).fill("");
    await retention.getByRole("button", { name: "Opslaan" }).click();
    expect(await fieldError(retention, /Dagen bewaren voor/)).not.toBe("");
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("freezing without a title shows the problem at the title; publishing is off until chosen", async () => {
    await page.goto("/console/instruments");
    const title = page.getByLabel("Titel van de versie");
    await title.waitFor();
    const publish = page.getByLabel("Publiceren voor sleutelgebruikers");
    expect(await publish.isChecked()).toBe(false);
    await page.getByRole("button", { name: "Bevriezen" }).click();
    expect(await fieldError(page, "Titel van de versie")).not.toBe("");
    expect(await page.getByTestId("frozen").count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await title.fill("Versie zonder publicatie");
    // Fewer plugins than the demo's version: a new version, not the one already frozen.
    await page.getByRole("group", { name: "Geïnstalleerde plugins" }).getByRole("checkbox").last().uncheck();
    await page.getByRole("button", { name: "Bevriezen" }).click();
    await page.getByTestId("frozen").waitFor();
    expect(await title.getAttribute("aria-invalid")).toBeNull();
    const row = page.getByRole("row", { name: /Versie zonder publicatie/ });
    expect(await row.textContent()).toContain("nee");
  });
});
