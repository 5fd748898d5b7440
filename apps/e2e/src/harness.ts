import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { type DemoLoadResult, loadDemo } from "@maturo/api";
import { type RunningServer, silentLogger, startServer } from "@maturo/server";
import { CHROMIUM_ARGS, findChromium } from "@maturo/vitest-config";
import { type BrowserContext, chromium, type Page } from "playwright-core";

export interface Harness {
  server: RunningServer;
  /** What the demo loader returned (logins, respondent links), when started with `demo: true`. */
  demo: DemoLoadResult | null;
  context: BrowserContext;
  newPage(): Promise<Page>;
  /** A page on another device: a browser profile of its own, sharing no cookies or storage. */
  newDevice(): Promise<{ page: Page; close(): Promise<void> }>;
  close(): Promise<void>;
}

/** Null (with a printed notice) where no Chromium is installed; CI requires one. */
export const chromiumPath: string | null = findChromium();

/** The real server on a fresh SQLite data folder, and a fresh Chromium profile. */
export async function startHarness(
  executablePath: string,
  options: {
    demo?: boolean;
    /** Runs on the server's services after the demo loaded, before it listens (e.g. an admin's grant). */
    prepare?: (services: Parameters<typeof loadDemo>[0]) => Promise<void>;
  } = {},
): Promise<Harness> {
  const dataDir = await mkdtemp(join(tmpdir(), "maturo-e2e-data-"));
  const profile = await mkdtemp(join(tmpdir(), "maturo-e2e-profile-"));
  let demo: DemoLoadResult | null = null;
  const server = await startServer(
    { port: 0, host: "127.0.0.1", dataDir, databaseUrl: undefined, trustProxy: false },
    silentLogger,
    {
      version: "e2e",
      beforeListen: async (services) => {
        if (options.demo) demo = await loadDemo(services);
        await options.prepare?.(services);
      },
    },
  );
  const launch = (folder: string): Promise<BrowserContext> =>
    chromium.launchPersistentContext(folder, {
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS],
      baseURL: server.url,
      locale: "nl-BE",
    });
  const context = await launch(profile);
  return {
    server,
    demo,
    context,
    newPage: () => context.newPage(),
    async newDevice() {
      const folder = await mkdtemp(join(tmpdir(), "maturo-e2e-device-"));
      const device = await launch(folder);
      return {
        page: await device.newPage(),
        async close() {
          await device.close();
          await rm(folder, { recursive: true, force: true });
        },
      };
    },
    async close() {
      await context.close();
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** axe-core with the WCAG 2.1 A and AA rules; returns the violations, one line each. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
}

/** Logs in through the Dutch login page (waits for nothing: each caller waits for where it lands). */
export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Aanmelden" }).click();
}

/** Logs in as the demo's key user of Demodorp and waits for the portal. */
export async function logInAsDemoKeyUser(page: Page): Promise<void> {
  await logIn(page, "keyuser@example.org", "maturo-demo-keyuser");
  await page.waitForURL("**/portal");
}

/** Sends an account request through the Dutch form and waits for its thanks. */
export async function requestAccount(
  page: Page,
  request: { organisation: string; code: string; name: string; email: string; message?: string },
): Promise<void> {
  await page.goto("/request-account");
  await page.getByLabel("Naam van het bestuur").fill(request.organisation);
  await page.getByLabel("NIS-code of andere code van het bestuur").fill(request.code);
  await page.getByLabel("Uw naam").fill(request.name);
  await page.getByLabel("Uw e-mailadres").fill(request.email);
  if (request.message !== undefined) await page.getByLabel("Bericht (niet verplicht)").fill(request.message);
  await page.getByRole("button", { name: "Aanvraag versturen" }).click();
  await page.getByRole("status").filter({ hasText: "Bedankt" }).waitFor();
}
