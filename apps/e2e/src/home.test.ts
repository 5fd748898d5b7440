import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, chromiumPath, type Harness, startHarness } from "./harness.js";

describe.skipIf(!chromiumPath)("the home page in Chromium", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(chromiumPath as string);
  });
  afterAll(() => harness?.close());

  it("explains Maturo in plain words, in Dutch and in English, with a title per language", async () => {
    const page = await harness.newPage();
    await page.goto("/");
    expect(await page.locator("html").getAttribute("lang")).toBe("nl");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("Digitale maturiteit");
    await page.getByRole("heading", { name: "Voor wie is Maturo?" }).waitFor();
    await page.getByRole("link", { name: "Aanmelden" }).waitFor();
    await page.getByRole("link", { name: "Account aanvragen" }).waitFor();
    expect(await page.getByText("Systeemstatus").count()).toBe(0);
    await expect.poll(() => page.title()).toBe("Startpagina — Maturo");

    await page.getByRole("button", { name: "English" }).click();
    // Wait for the switch the page makes (a busy machine renders it later), then read it.
    await page.waitForFunction(() => document.documentElement.lang === "en");
    await page.getByRole("heading", { level: 1, name: /digital maturity/ }).waitFor();
    await page.getByRole("heading", { name: "Who is Maturo for?" }).waitFor();
    await expect.poll(() => page.title()).toBe("Home — Maturo");
    await page.getByRole("button", { name: "Nederlands" }).click();
    await page.close();
  });

  it("calls the real system.status procedure through the tRPC client for the footer line", async () => {
    const page = await harness.newPage();
    await page.goto("/");
    const status = page.getByTestId("system-status");
    await status.waitFor();
    expect(await status.textContent()).toBe("Maturo versie e2e · SQLite");
    expect(await page.getByRole("contentinfo").count()).toBe(1);
    await page.close();
  });

  it("links the logo home, and has a favicon instead of a 404", async () => {
    const page = await harness.newPage();
    const missing: string[] = [];
    page.on("response", (response) => {
      if (response.status() === 404) missing.push(response.url());
    });
    await page.goto("/login");
    await page.getByRole("heading", { name: "Aanmelden" }).waitFor();
    await page.getByRole("banner").getByRole("link", { name: "Maturo" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await page.getByRole("heading", { level: 1 }).waitFor();
    const href = await page.locator('link[rel="icon"]').getAttribute("href");
    const icon = await page.request.get(href as string);
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toBe("image/svg+xml");
    expect(missing).toEqual([]);
    await page.close();
  });

  it("passes axe's WCAG 2.1 AA rules", async () => {
    const page = await harness.newPage();
    await page.goto("/");
    await page.getByTestId("system-status").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it("can be used with the keyboard: the skip link comes first and moves focus to the content", async () => {
    const page = await harness.newPage();
    await page.goto("/");
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("class"))).toBe("skip-link");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.close();
  });
});
