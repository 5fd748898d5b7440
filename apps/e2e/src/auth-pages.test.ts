import { appRouter, createCallerFactory, createContextInner, memoryCookieJar } from "@maturo/api";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, chromiumPath, type Harness, startHarness } from "./harness.js";

/**
 * A reset link made by the real auth.requestPasswordReset on the running server's services, with a
 * mailer that keeps the e-mail instead of sending it (the harness server has no SMTP).
 */
async function resetLinkFor(harness: Harness, email: string): Promise<string> {
  const mails: { text: string }[] = [];
  const caller = createCallerFactory(appRouter)(
    createContextInner(
      { ...harness.server.services, mailer: { send: async (mail) => void mails.push(mail) } },
      { cookies: memoryCookieJar(), ip: "127.0.0.1", csrfHeader: null },
    ),
  );
  expect(await caller.auth.requestPasswordReset({ email })).toEqual({ sent: true, reason: null });
  const link = /\/reset-password#\S+/.exec(mails[0]?.text ?? "")?.[0];
  if (!link) throw new Error("no reset link in the e-mail");
  return link;
}

/** The field's error text, after checking it is tied to the field for assistive technology. */
async function fieldError(page: Page, label: string): Promise<string | null> {
  const input = page.getByLabel(label, { exact: true });
  expect(await input.getAttribute("aria-invalid")).toBe("true");
  const ids = (await input.getAttribute("aria-describedby"))?.split(" ") ?? [];
  const errorId = ids.find((id) => id.endsWith("-error"));
  expect(errorId).toBeDefined();
  return page.locator(`[id="${errorId}"]`).textContent();
}

async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Aanmelden" }).click();
}

describe.skipIf(!chromiumPath)("login, password reset and account requests in Chromium", () => {
  let harness: Harness;
  let page: Page;
  beforeAll(async () => {
    harness = await startHarness(chromiumPath as string, { demo: true });
  }, 180_000);
  afterAll(() => harness?.close());

  it("checks the login form in the page's language, next to the fields, and names each failure", async () => {
    page = await harness.newPage();
    await page.goto("/login");
    await page.getByRole("heading", { name: "Aanmelden" }).waitFor();
    await expect.poll(() => page.title()).toBe("Aanmelden — Maturo");

    await page.getByRole("button", { name: "Aanmelden" }).click();
    expect(await fieldError(page, "E-mailadres")).toBe("Vul dit veld in.");
    expect(await fieldError(page, "Wachtwoord")).toBe("Vul dit veld in.");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("email");
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel("E-mailadres").fill("jan");
    await page.getByRole("button", { name: "Aanmelden" }).click();
    expect(await fieldError(page, "E-mailadres")).toContain("geldig e-mailadres");

    await logIn(page, "admin@example.org", "not the password");
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toBe("Het e-mailadres of het wachtwoord klopt niet.");

    // Wrong attempts for one account from one address: after five the server makes it wait (15 s, then more).
    for (let i = 0; i < 10; i++) {
      await fetch(`${harness.server.url}/trpc/auth.login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "nobody@example.org", password: "wrong wrong" }),
      });
    }
    await logIn(page, "nobody@example.org", "wrong wrong");
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Te veel pogingen");

    await page.route("**/trpc/**", (route) => route.abort());
    await logIn(page, "admin@example.org", "maturo-demo-admin");
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("De server is niet bereikbaar");
    await page.unroute("**/trpc/**");

    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => page.title()).toBe("Log in — Maturo");
    await page.getByLabel("E-mail address").fill("");
    await page.getByRole("button", { name: "Log in" }).click();
    expect(await fieldError(page, "E-mail address")).toBe("Please fill in this field.");
    await page.getByRole("button", { name: "Nederlands" }).click();
  });

  it("asks for a reset link from the login page, and says plainly when no e-mail can be sent", async () => {
    await page.goto("/login");
    await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
    await page.waitForURL("**/forgot-password");
    await page.getByRole("heading", { name: "Wachtwoord vergeten" }).waitFor();
    await expect.poll(() => page.title()).toBe("Wachtwoord vergeten — Maturo");
    await page.getByRole("button", { name: "Link versturen" }).click();
    expect(await fieldError(page, "E-mailadres")).toBe("Vul dit veld in.");
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel("E-mailadres").fill("someone@example.org");
    await page.getByRole("button", { name: "Link versturen" }).click();
    const answer = page.getByRole("status");
    await expect.poll(() => answer.textContent()).toContain("kan geen e-mails versturen");
    expect(await answer.textContent()).toContain("beheerder");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("status");
    await page.getByRole("link", { name: "Terug naar aanmelden" }).waitFor();
  });

  it("sets a new password through the e-mailed link, once, and checks both fields first", async () => {
    const link = await resetLinkFor(harness, "keyuser@example.org");
    await page.goto(link);
    await page.getByRole("heading", { name: "Wachtwoord herstellen" }).waitFor();
    await expect.poll(() => page.title()).toBe("Wachtwoord herstellen — Maturo");

    await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("kort");
    await page.getByLabel("Herhaal het nieuwe wachtwoord").fill("anders");
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    expect(await fieldError(page, "Nieuw wachtwoord")).toBe("Gebruik minstens 10 tekens.");
    expect(await fieldError(page, "Herhaal het nieuwe wachtwoord")).toBe(
      "De twee wachtwoorden zijn niet gelijk.",
    );
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => page.title()).toBe("Reset your password — Maturo");
    expect(await fieldError(page, "New password")).toBe("Use at least 10 characters.");
    await page.getByRole("button", { name: "Nederlands" }).click();

    await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("een nieuw wachtwoord");
    await page.getByLabel("Herhaal het nieuwe wachtwoord").fill("een nieuw wachtwoord");
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Uw wachtwoord is gewijzigd");

    await page.getByRole("link", { name: "Aanmelden" }).click();
    await page.waitForURL("**/login");
    await logIn(page, "keyuser@example.org", "een nieuw wachtwoord");
    await page.waitForURL("**/portal");
    await expect.poll(() => page.title()).toBe("Portaal — Maturo");

    // The link worked once; a second use says so and offers a new one (a fresh tab: the portal in
    // this one may still be changing its own address).
    const again = await harness.newPage();
    await again.goto(link);
    await again.getByLabel("Nieuw wachtwoord", { exact: true }).fill("nog een wachtwoord");
    await again.getByLabel("Herhaal het nieuwe wachtwoord").fill("nog een wachtwoord");
    await again.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await expect.poll(() => again.getByRole("alert").textContent()).toContain("onbekend of verlopen");
    await again.getByRole("link", { name: "Een nieuwe link aanvragen" }).waitFor();

    await again.goto("/reset-password");
    await expect.poll(() => again.getByRole("alert").textContent()).toContain("onbekend of verlopen");
    await again.close();
  });

  it("offers the own area instead of logging in on the home page, and titles portal pages", async () => {
    await page.goto("/");
    await page.getByRole("link", { name: "Naar het portaal" }).click();
    await page.waitForURL("**/portal");
    const { db } = harness.server.services;
    // Waves cover every organisation of the region: any campaign has results for the key user's.
    const campaign = await db
      .selectFrom("memberships")
      .innerJoin("users", "users.id", "memberships.user_id")
      .crossJoin("campaigns")
      .select(["campaigns.id", "memberships.organisation_id"])
      .where("users.email", "=", "keyuser@example.org")
      .executeTakeFirstOrThrow();
    await page.goto(`/portal/organisations/${campaign.organisation_id}/campaigns/${campaign.id}/results`);
    await expect.poll(() => page.title()).toBe("Resultaten — Portaal — Maturo");
    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => page.title()).toBe("Results — Portal — Maturo");
    await page.getByRole("button", { name: "Nederlands" }).click();
    await page.goto(`/portal/organisations/${campaign.organisation_id}/campaigns/${campaign.id}`);
    await expect.poll(() => page.title()).toBe("Deelname — Portaal — Maturo");
    await page.getByRole("button", { name: "Afmelden" }).click();
    await page.waitForURL("**/login");
  });

  it("titles console pages after their section, in the chosen language", async () => {
    await logIn(page, "researcher@example.org", "maturo-demo-research");
    await page.waitForURL("**/console");
    await expect.poll(() => page.title()).toBe("Console — Maturo");
    await page.goto("/");
    await page.getByRole("link", { name: "Naar de console" }).waitFor();
    await page.goto("/console/campaigns");
    // The title names the page as the console's navigation does.
    const current = page.locator('.console-nav [aria-current="page"]');
    await expect.poll(async () => page.title()).toBe(`${await current.textContent()} — Console — Maturo`);
    const dutch = await page.title();
    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => page.title()).not.toBe(dutch);
    expect(await page.title()).toBe(`${await current.textContent()} — Console — Maturo`);
    await page.getByRole("button", { name: "Nederlands" }).click();
    await page.getByRole("button", { name: "Afmelden" }).click();
    await page.waitForURL("**/login");
  });

  it("shows each problem of an account request next to its field, in form order", async () => {
    await page.goto("/request-account");
    await expect.poll(() => page.title()).toBe("Account aanvragen voor uw bestuur — Maturo");
    await page.getByRole("button", { name: "Aanvraag versturen" }).click();
    const errors = await page.locator(".field-error").allTextContents();
    expect(errors).toEqual(["Vul dit veld in.", "Vul dit veld in.", "Vul dit veld in.", "Vul dit veld in."]);
    expect(await fieldError(page, "Naam van het bestuur")).toBe("Vul dit veld in.");
    expect(await fieldError(page, "Uw e-mailadres")).toBe("Vul dit veld in.");
    expect(await page.getByLabel("Bericht (niet verplicht)").getAttribute("aria-invalid")).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await page.getByLabel("Naam van het bestuur").getAttribute("id"),
    );
    expect(await accessibilityViolations(page)).toEqual([]);

    // The server trims the name before checking its length: its problem shows at the field too.
    await page.getByLabel("Naam van het bestuur").fill("Gemeente Testdorp");
    await page.getByLabel("NIS-code of andere code van het bestuur").fill("99999");
    await page.getByLabel("Uw naam").fill("J ");
    await page.getByLabel("Uw e-mailadres").fill("jan@testdorp.be");
    await page.getByRole("button", { name: "Aanvraag versturen" }).click();
    await expect.poll(() => fieldError(page, "Uw naam")).toBe("Moet minstens 2 tekens hebben");
    expect(await page.locator(".field-error").count()).toBe(1);

    await page.getByLabel("Uw naam").fill("Jan Peeters");
    await page.getByRole("button", { name: "Aanvraag versturen" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Uw aanvraag is verstuurd");
  });
});
