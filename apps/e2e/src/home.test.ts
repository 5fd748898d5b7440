import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, chromiumPath, type Harness, startHarness } from "./harness.js";

describe.skipIf(!chromiumPath)("the home page in Chromium", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(chromiumPath as string);
  });
  afterAll(() => harness?.close());

  it("shows what the system.status procedure returned, in Dutch and in English", async () => {
    const page = await harness.newPage();
    await page.goto("/");
    const status = page.getByTestId("system-status");
    await status.waitFor();
    expect(await status.textContent()).toContain("SQLite");
    expect(await page.locator("html").getAttribute("lang")).toBe("nl");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("Digitale maturiteit");

    await page.getByRole("button", { name: "English" }).click();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("digital maturity");
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
