import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  accessibilityViolations,
  chromiumPath,
  type Harness,
  logIn,
  requestAccount,
  startHarness,
} from "./harness.js";

async function expectAccessible(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
}

describe.skipIf(!chromiumPath)(
  "the admin console and campaign management in Chromium, on the demo data",
  () => {
    let harness: Harness;
    let page: Page;

    beforeAll(async () => {
      harness = await startHarness(chromiumPath as string, { demo: true });
      page = await harness.newPage();
    }, 120_000);
    afterAll(() => harness?.close());

    it("an organisation requests an account; the admin approves it (axe clean)", async () => {
      await requestAccount(page, {
        organisation: "Gemeente Proefdorp",
        code: "99001",
        name: "Pieter Proef",
        email: "pieter@proefdorp.be",
      });

      await logIn(page, "admin@example.org", "maturo-demo-admin");
      await page.getByRole("heading", { level: 1, name: "Onderzoeksconsole" }).waitFor();
      await page.getByRole("link", { name: "Accountaanvragen" }).click();
      const request = page.getByTestId("account-request").filter({ hasText: "Gemeente Proefdorp" });
      await request.waitFor();
      await expectAccessible(page);
      await request.getByLabel(/Wachtwoord voor de nieuwe sleutelgebruiker/).fill("proefdorp-sleutel-2026");
      await request.getByLabel("Provincie").fill("Limburg");
      await request.getByLabel("Grootteklasse").selectOption("under-10k");
      await request.getByRole("button", { name: "Aanvraag van Pieter Proef goedkeuren" }).click();
      await request.getByRole("status").filter({ hasText: "Goedgekeurd" }).waitFor();
      expect(await request.textContent()).toContain("goedgekeurd");
    });

    it("shows the approval in the audit log (axe clean)", async () => {
      await page.getByRole("link", { name: "Auditlog" }).click();
      const log = page.getByTestId("audit-log");
      await log.waitFor();
      const approval = log.locator("tbody tr", { hasText: "account.approve" });
      expect(await approval.textContent()).toContain("Accountaanvraag goedgekeurd");
      expect(await approval.textContent()).toContain("email: pieter@proefdorp.be");
      expect(await approval.textContent()).toContain("admin@example.org");
      await expectAccessible(page);
    });

    it("lists organisations and users; creates a researcher, resets a password, disables an account", async () => {
      await page.getByRole("link", { name: "Organisaties" }).click();
      await page.getByRole("table", { name: "Organisaties" }).waitFor();
      // A page at a time (searching and paging: console-admin-forms.test.ts).
      expect(await page.getByRole("table", { name: "Organisaties" }).locator("tbody tr").count()).toBe(25);
      expect(await page.getByTestId("organisations-found").textContent()).toMatch(/^3\d\d organisaties/);
      await expectAccessible(page);

      await page.getByRole("link", { name: "Gebruikers" }).click();
      await page.getByRole("heading", { level: 1, name: "Onderzoekers en sleutelgebruikers" }).waitFor();
      await page.getByLabel("E-mailadres").fill("nieuw@onderzoek.be");
      await page.getByLabel("Naam", { exact: true }).fill("Nieuwe Onderzoeker");
      await page.getByLabel(/Wachtwoord \(minstens 10 tekens\)/).fill("onderzoek-2026-geheim");
      await page.getByRole("button", { name: "Gebruiker aanmaken" }).click();
      const row = page.getByRole("row", { name: /nieuw@onderzoek\.be/ });
      await row.waitFor();
      await row.getByRole("button", { name: "Wachtwoord instellen: nieuw@onderzoek.be" }).click();
      await row.getByLabel(/Nieuw wachtwoord voor nieuw@onderzoek\.be/).fill("ander-wachtwoord-2026");
      await row.getByRole("button", { name: "Wachtwoord instellen", exact: true }).click();
      await row.getByRole("status").filter({ hasText: "Wachtwoord ingesteld" }).waitFor();
      await row.getByRole("button", { name: "Uitschakelen: nieuw@onderzoek.be" }).click();
      await row.getByText("uitgeschakeld").waitFor();
      await expectAccessible(page);
    });

    it("allows a researcher identified exports, and the audit log says so (axe clean)", async () => {
      await page.getByRole("link", { name: "Gebruikers" }).click();
      await page.getByRole("heading", { level: 1, name: "Onderzoekers en sleutelgebruikers" }).waitFor();
      const allow = page.getByLabel("Geïdentificeerde exports toestaan voor researcher@example.org");
      expect(await allow.isChecked()).toBe(false);
      // A key user never gets it: no switch in that row.
      expect(
        await page.getByLabel("Geïdentificeerde exports toestaan voor keyuser@example.org").count(),
      ).toBe(0);
      await allow.check();
      await page
        .getByRole("row", { name: /researcher@example\.org/ })
        .getByText("toegestaan", { exact: true })
        .waitFor();
      expect(await allow.isChecked()).toBe(true);
      await expectAccessible(page);

      await page.getByRole("link", { name: "Auditlog" }).click();
      const grant = page
        .getByTestId("audit-log")
        .locator("tbody tr", { hasText: "account.identified-exports" })
        .first();
      await grant.waitFor();
      expect(await grant.textContent()).toContain("allowed: true");
      expect(await grant.textContent()).toContain("admin@example.org");
    });

    it("sets a retention period (axe clean)", async () => {
      await page.getByRole("link", { name: "Bewaartermijnen" }).click();
      const days = page.getByLabel(/Dagen bewaren voor/).first();
      await days.fill("180");
      await page.getByRole("button", { name: "Opslaan" }).first().click();
      await page.getByRole("status").filter({ hasText: "Klaar." }).first().waitFor();
      await expectAccessible(page);
    });

    it("imports a population from CSV: a validation report per row, then only the valid rows", async () => {
      await page.getByRole("link", { name: "Bevragingen" }).click();
      await page.getByRole("heading", { level: 1, name: "Bevragingen" }).waitFor();
      await expectAccessible(page);
      await page
        .getByLabel("Of plak de CSV hier")
        .fill(
          "code,name,province,size_class\n99101,Gemeente Nieuw,Limburg,<10k\n,Zonder code,Limburg,<10k\n99101,Dubbel,Limburg,<10k\n",
        );
      await page.getByRole("button", { name: "Controleren" }).click();
      const report = page.getByTestId("import-report");
      await report.waitFor();
      const rows = await report.locator("tbody tr").allTextContents();
      expect(rows).toHaveLength(3);
      expect(rows[0]).toContain("in orde");
      expect(rows[1]).toContain('kolom "code": leeg');
      expect(rows[2]).toContain("komt twee keer voor");
      await expectAccessible(page);
      await page.getByRole("button", { name: "1 geldige rijen importeren" }).click();
      await page.getByText("Geïmporteerd: 1 nieuw, 0 bijgewerkt.").waitFor();
    });

    it("creates invitation links in bulk per role and downloads them as a spreadsheet-safe CSV", async () => {
      await page.getByLabel("Rol", { exact: true }).selectOption("manager");
      await page.getByRole("button", { name: "Links aanmaken" }).click();
      await page.getByText(/links aangemaakt/).waitFor();
      const [file] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Links downloaden (CSV)" }).click(),
      ]);
      const csv = await readFile((await file.path()) as string, "utf8");
      const lines = csv
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n");
      // The console is in Dutch here: `;` between the fields, as Dutch Excel expects.
      expect(lines[0]).toBe("organisation_code;organisation_name;role;link");
      expect(lines.length).toBeGreaterThan(300);
      expect(lines[1]).toMatch(/;manager;https?:\/\/[^;\s]+\/s\/[\w-]+$/);
      for (const line of lines) expect(line).not.toMatch(/(^|;)"?[=+@]/);
    });

    it("refuses a wave that closes before it opens, then closes a wave only after confirmation", async () => {
      const form = page.getByRole("region", { name: "Nieuwe bevraging" });
      await form.getByLabel("Naam").fill("Golf zonder antwoorden");
      await form.getByLabel("Opent op").fill("2031-10-24");
      await form.getByLabel("Sluit op").fill("2031-10-01");
      const problem = form.getByRole("alert");
      expect(await problem.textContent()).toBe("De sluitingsdatum moet na de openingsdatum liggen.");
      expect(await form.getByLabel("Sluit op").getAttribute("aria-invalid")).toBe("true");
      await form.getByRole("button", { name: "Bevraging aanmaken" }).click();
      expect(await form.getByText(/aangemaakt over/).count()).toBe(0);
      await form.getByLabel("Sluit op").fill("2031-11-30");
      expect(await problem.count()).toBe(0);
      await form.getByRole("button", { name: "Bevraging aanmaken" }).click();
      await form.getByText(/aangemaakt over \d+ organisaties/).waitFor();

      const row = page.getByTestId("waves").getByRole("row", { name: /Golf zonder antwoorden/ });
      await row.waitFor();
      // The instrument by its title, the hash shortened (whole in the title attribute).
      const hash = row.locator("code.hash");
      expect(await hash.textContent()).toMatch(/^sha256:[0-9a-f]{12}…$/);
      expect(await hash.getAttribute("title")).toMatch(/^sha256:[0-9a-f]{64}$/);
      const close = row.getByRole("button", { name: "Golf zonder antwoorden sluiten" });
      await close.click();
      const yes = row.getByRole("button", { name: "Ja, sluiten" });
      await yes.waitFor();
      expect(await yes.evaluate((button) => button === document.activeElement)).toBe(true);
      expect(await row.getByRole("group").textContent()).toContain(
        "organisaties kunnen daarna niet meer antwoorden",
      );
      await expectAccessible(page);
      await page.keyboard.press("Escape");
      await close.waitFor();
      expect(await close.evaluate((button) => button === document.activeElement)).toBe(true);
      // It opens in 2031: scheduled, not open (the status comes from the dates).
      expect(await row.textContent()).toContain("gepland");
      await page.keyboard.press("Enter");
      await yes.waitFor();
      await page.keyboard.press("Enter");
      await page.getByRole("status").filter({ hasText: "Golf zonder antwoorden is gesloten." }).waitFor();
      await row.getByText("gesloten").waitFor();
      expect(await close.count()).toBe(0);
    });

    it("shows a wave without answers as such: no empty lists or tables", async () => {
      const row = page.getByTestId("waves").getByRole("row", { name: /Golf zonder antwoorden/ });
      await row.getByRole("link", { name: "Respons — Golf zonder antwoorden" }).click();
      await page.getByTestId("over-time-empty").waitFor();
      expect(await page.getByTestId("over-time-empty").textContent()).toContain("Nog geen antwoorden.");
      expect(await page.getByText("Nog geen uitnodigingen.").count()).toBe(3);
      expect(await page.getByRole("table", { name: "Verloop in de tijd" }).count()).toBe(0);
      await page.getByRole("link", { name: "Items", exact: true }).click();
      await page.getByTestId("strengths-empty").waitFor();
      expect(await page.getByTestId("challenges-empty").textContent()).toBe("Nog geen antwoorden.");
      expect(await page.getByTestId("strengths").count()).toBe(0);
      await expectAccessible(page);
    });

    it("edits an organisation and gives a key user a second one, which the portal then offers", async () => {
      await page.getByRole("link", { name: "Organisaties" }).click();
      await page.getByLabel("Zoeken op naam of code").fill("Proefdorp");
      await page.getByRole("button", { name: "Zoeken", exact: true }).click();
      const table = page.getByRole("table", { name: "Organisaties" });
      const row = table.getByRole("row", { name: /Gemeente Proefdorp/ });
      await row.getByRole("button", { name: "Gemeente Proefdorp wijzigen" }).click();
      const form = row.getByRole("form", { name: "Gemeente Proefdorp wijzigen" });
      await form.getByLabel("Naam").fill("Stad Proefdorp");
      await form.getByLabel("Soort").selectOption("ocmw");
      await form.getByLabel("Provincie").fill("Limburg");
      await form.getByRole("button", { name: "Opslaan" }).click();
      const edited = table.getByRole("row", { name: /Stad Proefdorp/ });
      await edited.getByRole("status").filter({ hasText: "Opgeslagen." }).waitFor();
      expect(await edited.textContent()).toContain("OCMW");
      expect(await edited.textContent()).toContain("Limburg");
      // The size class chosen when the request was approved.
      expect(await edited.textContent()).toContain("< 10.000 inwoners");
      expect(await edited.textContent()).toContain("99001");
      await expectAccessible(page);

      await page.getByRole("link", { name: "Gebruikers" }).click();
      const keyUser = page.getByRole("row", { name: /keyuser@example\.org/ });
      const organisation = keyUser.getByLabel("Organisatie toevoegen: keyuser@example.org");
      expect(await organisation.getAttribute("list")).toBeTruthy();
      await organisation.fill("Nergensdorp");
      await keyUser.getByRole("button", { name: "Toevoegen" }).click();
      await keyUser.getByRole("alert").filter({ hasText: "Kies een organisatie uit de lijst" }).waitFor();
      await organisation.fill("Stad Proefdorp (99001)");
      await keyUser.getByRole("button", { name: "Toevoegen" }).click();
      await keyUser
        .getByRole("button", { name: "Stad Proefdorp wegnemen bij keyuser@example.org" })
        .waitFor();
      await expectAccessible(page);

      await page.getByRole("button", { name: "Afmelden" }).click();
      await page.waitForURL("**/login");
      await logIn(page, "keyuser@example.org", "maturo-demo-keyuser");
      await page.getByRole("heading", { level: 1, name: "Kies een bestuur" }).waitFor();
      await expectAccessible(page);
      await page.getByRole("link", { name: "Stad Proefdorp" }).click();
      await page.getByRole("heading", { level: 1, name: "Stad Proefdorp" }).waitFor();
      expect(page.url()).toMatch(/\/portal\/organisations\/\d+$/);
      await page.getByRole("button", { name: "Bevraging starten" }).waitFor();
      await page.getByRole("link", { name: "Ander bestuur kiezen" }).click();
      await page.getByRole("link", { name: /synthetisch/ }).click();
      await page.getByRole("heading", { level: 1, name: /synthetisch/ }).waitFor();
      await expectAccessible(page);
    });
  },
);
