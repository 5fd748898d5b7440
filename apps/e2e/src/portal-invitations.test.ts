import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, chromiumPath, type Harness, startHarness } from "./harness.js";

type Services = Parameters<NonNullable<Parameters<typeof startHarness>[1]>["prepare"] & {}>[0];

/** The invitation register of the demo's current campaign, by the key user, with and without e-mail. */
describe.skipIf(!chromiumPath)("invitations in the portal", () => {
  let harness: Harness;
  let page: Page;
  let services: Services;
  /** What the server mailed: the mailer keeps each mail instead of sending it. */
  const mails: { to: string; subject: string; text: string }[] = [];
  const linkTo = (address: string): string =>
    /\/s\/[\w-]+/.exec(mails.filter((m) => m.to === address).at(-1)?.text ?? "")?.[0] ?? "";

  beforeAll(async () => {
    harness = await startHarness(chromiumPath as string, {
      demo: true,
      prepare: async (prepared) => {
        services = prepared;
        prepared.mailer = { send: async (mail) => void mails.push(mail) };
      },
    });
    page = await harness.newPage();
    await page.goto("/login");
    await page.getByLabel("E-mailadres").fill("keyuser@example.org");
    await page.getByLabel("Wachtwoord").fill("maturo-demo-keyuser");
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await page.waitForURL("**/portal");
    await page
      .getByRole("link", { name: /Deelnemers uitnodigen/ })
      .first()
      .click();
    await page.getByRole("heading", { name: "Uitnodigen per rol" }).waitFor();
  }, 180_000);
  afterAll(() => harness?.close());

  const staffRegister = () => page.getByTestId("register-staff");
  const rowsWith = (address: RegExp) => staffRegister().locator("tbody tr").filter({ hasText: address });
  const paste = async (text: string): Promise<void> => {
    await page.getByLabel("E-mailadressen plakken (de server mailt elke link)").check();
    await page.getByLabel("Rol", { exact: true }).selectOption("staff");
    await page.getByLabel(/E-mailadressen \(één per regel/).fill(text);
    await page.getByRole("button", { name: "Uitnodigingen maken" }).click();
  };

  it("invites a paste with a repeat and an Outlook line once each; the register lists each once (axe clean)", async () => {
    await paste(
      'An Janssens <an.janssens@demodorp.be>\nbo@demodorp.be; AN.JANSSENS@demodorp.be\n"Peeters, Cy" <cy@demodorp.be>',
    );
    await page.getByText("3 uitnodigingen per e-mail verstuurd.", { exact: false }).waitFor();
    await page.getByText("Twee keer geplakt, één keer uitgenodigd: AN.JANSSENS@demodorp.be").waitFor();
    expect(mails.map((m) => m.to)).toEqual(["an.janssens@demodorp.be", "bo@demodorp.be", "cy@demodorp.be"]);
    for (const address of [/^an\.janssens@demodorp\.be/i, /^bo@demodorp\.be/, /^cy@demodorp\.be/])
      await expect.poll(() => rowsWith(address).count()).toBe(1);

    // Pasted again: reported, not invited twice. An entry that is not an address is named by its line.
    await paste("Bo <bo@demodorp.be>");
    await page
      .getByText("Al uitgenodigd in deze bevraging, niet opnieuw uitgenodigd: bo@demodorp.be")
      .waitFor();
    expect(mails).toHaveLength(3);
    await paste("dy@demodorp.be\nDy Peeters dy@demodorp");
    await page.getByRole("alert").filter({ hasText: "regel 2: “Dy”" }).waitFor();
    expect(mails).toHaveLength(3);
    // The register says nothing about who answered.
    expect(await staffRegister().textContent()).not.toMatch(/ingediend|begonnen/i);
    expect(await accessibilityViolations(page)).toEqual([]);
    if (process.env.PORTAL_SCREENSHOTS)
      await page.screenshot({ path: `${process.env.PORTAL_SCREENSHOTS}/invitations.png`, fullPage: true });

    // On a phone the page does not scroll sideways: a wide register scrolls within its own region.
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await rowsWith(/^bo@demodorp\.be/).waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      // Nor does the register itself: every column, the actions included, is on screen.
      const hidden = await page
        .locator(".register .table-scroll")
        .evaluateAll((regions) => regions.map((r) => r.scrollWidth - r.clientWidth));
      expect(hidden.length).toBeGreaterThan(0);
      expect(Math.max(...hidden)).toBeLessThanOrEqual(0);
      if (process.env.PORTAL_SCREENSHOTS)
        await page.screenshot({
          path: `${process.env.PORTAL_SCREENSHOTS}/invitations-phone.png`,
          fullPage: true,
        });
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it("revokes one invitation: its link then says so; resends another by e-mail", async () => {
    await page.getByRole("button", { name: "Uitnodiging van bo@demodorp.be intrekken" }).click();
    await page.getByRole("button", { name: "Ja, intrekken" }).click();
    await rowsWith(/^bo@demodorp\.be.*ingetrokken op/).waitFor();
    await page.getByText("De uitnodiging is ingetrokken.").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const respondent = await harness.newDevice();
    try {
      await respondent.page.goto(linkTo("bo@demodorp.be"));
      await respondent.page.getByRole("heading", { name: "Deze link werd ingetrokken" }).waitFor();
      // Another invitation of the same paste still opens the questionnaire's intro.
      await respondent.page.goto(linkTo("cy@demodorp.be"));
      const heading = respondent.page.getByRole("heading", { level: 1 });
      await expect.poll(() => heading.textContent()).toBeTruthy();
      expect(await respondent.page.getByTestId("state-revoked").count()).toBe(0);
    } finally {
      await respondent.close();
    }

    const before = mails.length;
    await page.getByRole("button", { name: "Opnieuw versturen naar cy@demodorp.be" }).click();
    await page.getByText("De uitnodiging is opnieuw gemaild.").waitFor();
    expect(mails.slice(before).map((m) => m.to)).toEqual(["cy@demodorp.be"]);
  });

  it("without e-mail: a lost letter is replaced by a new one to print, and reminders explain why not", async () => {
    services.mailer = null;
    await page.getByLabel("Brieven met een persoonlijke link afdrukken").check();
    await page.getByLabel("Rol", { exact: true }).selectOption("director");
    await page.getByLabel("Aantal brieven").fill("1");
    await page.getByRole("button", { name: "Uitnodigingen maken" }).click();
    await page.getByRole("heading", { name: "1 brieven om af te drukken" }).waitFor();
    const first = await page.getByTestId("letter").locator("code").textContent();

    const directors = page.getByTestId("register-director");
    const rows = directors.locator("tbody tr");
    const last = rows.last();
    await last.getByRole("button", { name: /^Nieuwe brief voor brief \d+$/ }).click();
    const sheets = page.locator(".register .letter-sheet");
    await sheets.getByTestId("letter").waitFor();
    const replaced = await sheets.getByTestId("letter").locator("code").textContent();
    expect(replaced).not.toBe(first);
    await page.getByText("De nieuwe brief heeft een nieuwe link").waitFor();

    await page.getByRole("button", { name: "Herinnering sturen" }).click();
    await page.getByText(/Herinneringen per e-mail kunnen niet/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
