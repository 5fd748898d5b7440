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

interface OpenedItem {
  id: string;
  points: number;
  showIf: unknown;
}

/**
 * A respondent on a device of their own answering over the real server's HTTP API (open, save,
 * submit, with the device cookie the server sets): every item asked without a condition, the point
 * chosen by `point` so the five respondents differ.
 */
async function respond(harness: Harness, link: string, point: (item: OpenedItem, index: number) => number) {
  const token = link.slice(link.lastIndexOf("/") + 1);
  const cookies = new Map<string, string>();
  const call = async (path: string, input: unknown, method: "GET" | "POST") => {
    const cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const url =
      method === "GET"
        ? `${harness.server.url}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`
        : `${harness.server.url}/trpc/${path}`;
    const response = await fetch(url, {
      method,
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      ...(method === "POST" ? { body: JSON.stringify(input) } : {}),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const [name, ...value] = (pair ?? "").split("=");
      if (name) cookies.set(name.trim(), value.join("="));
    }
    const body = (await response.json()) as { result?: { data?: unknown }; error?: unknown };
    if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body.error)}`);
    return body.result?.data;
  };
  const opened = (await call("survey.open", { token, locale: "nl" }, "GET")) as {
    sections: { items: OpenedItem[] }[];
  };
  const at = new Date().toISOString();
  const answers = opened.sections
    .flatMap((s) => s.items.filter((i) => i.showIf === null))
    .map((item, index) => ({ itemId: item.id, value: point(item, index), at }));
  for (let i = 0; i < answers.length; i += 100)
    await call("survey.save", { token, answers: answers.slice(i, i + 100) }, "POST");
  await call("survey.submit", { token }, "POST");
}

describe.skipIf(!chromiumPath)(
  "a new municipality's own campaign against the reference wave, on the demo",
  () => {
    let harness: Harness;
    let page: Page;
    beforeAll(async () => {
      harness = await startHarness(chromiumPath as string, { demo: true });
      page = await harness.newPage();
    }, 180_000);
    afterAll(() => harness?.close());

    it("request account → approval → own campaign → 5 respondents → reference comparison and levers (axe clean)", async () => {
      // The municipality asks for an account; the admin approves it with its province and size class.
      await requestAccount(page, {
        organisation: "Gemeente Referentiedorp",
        code: "99015",
        name: "Rita Referent",
        email: "rita@referentiedorp.be",
      });
      await logIn(page, "admin@example.org", "maturo-demo-admin");
      await page.getByRole("link", { name: "Accountaanvragen" }).click();
      const request = page.getByTestId("account-request").filter({ hasText: "Gemeente Referentiedorp" });
      await request.waitFor();
      await request.getByLabel(/Wachtwoord voor de nieuwe sleutelgebruiker/).fill("referentie-sleutel-2026");
      await request.getByLabel("Provincie").fill("Limburg");
      await request.getByLabel("Grootteklasse").selectOption("under-10k");
      await request.getByRole("button", { name: "Aanvraag van Rita Referent goedkeuren" }).click();
      await request.getByRole("status").filter({ hasText: "Goedgekeurd" }).waitFor();

      // The new key user starts an own campaign and makes five letters for management team members.
      const keyUser = await harness.newDevice();
      try {
        const kp = keyUser.page;
        await logIn(kp, "rita@referentiedorp.be", "referentie-sleutel-2026");
        await kp.waitForURL("**/portal");
        await kp.getByLabel("Naam van de bevraging").fill("Zelfevaluatie Referentiedorp");
        await kp.getByRole("button", { name: "Bevraging starten" }).click();
        await kp.getByRole("heading", { level: 1, name: "Zelfevaluatie Referentiedorp" }).waitFor();
        const campaignUrl = kp.url();
        await kp.getByRole("heading", { name: "Uitnodigen per rol" }).waitFor();
        await kp.getByLabel("Rol", { exact: true }).selectOption("manager");
        await kp.getByLabel("Aantal brieven").fill("5");
        await kp.getByRole("button", { name: "Uitnodigingen maken" }).click();
        await kp.getByRole("heading", { name: "5 brieven om af te drukken" }).waitFor();
        const links = (await kp.getByTestId("letter").locator("code").allTextContents()).map((l) => l.trim());
        expect(links).toHaveLength(5);

        for (const [r, link] of links.entries())
          await respond(harness, link, (item, index) => 1 + ((r + index) % item.points));

        await kp.goto(campaignUrl);
        await kp.getByRole("link", { name: "Resultaten bekijken" }).click();
        await kp.getByRole("heading", { name: "Maturiteitsprofiel" }).waitFor();

        // The comparison names the closed research wave, not the open one, and shows its quartiles.
        const wave = kp.getByTestId("reference-wave");
        expect(await wave.textContent()).toMatch(
          /^Referentie: Demobevraging digitale maturiteit \d{4} \(synthetisch\) · Groep: Alle besturen$/,
        );
        const reference = kp.getByTestId("reference");
        expect(await reference.locator("tbody tr").count()).toBe(8);
        expect(await reference.locator("td.withheld").count()).toBe(0);
        const capability = reference.locator("tbody tr").nth(0).locator("td");
        expect(await capability.nth(2).textContent()).toMatch(/^\d+,\d$/); // Q1
        expect(Number(await capability.nth(5).textContent())).toBeGreaterThan(100); // organisations
        // The band is drawn on the profile bars, and said in words for screen readers.
        expect(await kp.locator("[data-testid^=reference-band-]").count()).toBe(8);
        expect(await kp.getByTestId("profile-reference").textContent()).toContain("Grijze band");
        const description = await kp
          .getByRole("img", { name: "Maturiteitsprofiel" })
          .locator("desc")
          .textContent();
        expect(description).toMatch(/Digitaal vermogen: uw score \d+,\d; referentie mediaan \d+,\d/);

        // The levers: the context scales ranked, each naming its β and its model in plain words.
        await kp.getByRole("heading", { name: "Uw hefbomen" }).waitFor();
        const levers = kp.getByTestId("levers").locator(":scope > li");
        expect(await levers.count()).toBe(13);
        const first = (await levers.first().textContent()) ?? "";
        expect(first).toMatch(/gestandaardiseerde β = −?\d,\d\d \(p [=<] \d,\d{3}\) in het model voor \S/);
        expect(first).toContain("Wat u kunt doen");
        expect(await kp.getByTestId("levers-table").locator("tbody tr").count()).toBe(13);
        expect(await accessibilityViolations(kp)).toEqual([]);
        if (process.env.PORTAL_SCREENSHOTS)
          await kp.screenshot({ path: `${process.env.PORTAL_SCREENSHOTS}/reference.png`, fullPage: true });

        await kp.getByRole("button", { name: "English" }).click();
        await kp.getByRole("heading", { name: "Your levers" }).waitFor();
        expect(await kp.getByTestId("reference-wave").textContent()).toMatch(
          /^Reference: Demobevraging digitale maturiteit \d{4} \(synthetisch\) · Group: All local governments$/,
        );
        expect(await levers.first().textContent()).toMatch(/standardised β = −?\d\.\d\d/);
        expect(await accessibilityViolations(kp)).toEqual([]);
      } finally {
        await keyUser.close();
      }
    }, 240_000);
  },
);
