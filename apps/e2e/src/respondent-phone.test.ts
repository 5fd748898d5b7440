import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, chromiumPath, type Harness, startHarness } from "./harness.js";
import {
  choose,
  demoLink,
  openIntro,
  questions,
  savedOnServer,
  serverSurvey,
  waitForStep,
  waitSaved,
} from "./respondent-helpers.js";

function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe.skipIf(!chromiumPath)("the questionnaire on a phone, in Chromium", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(chromiumPath as string, { demo: true });
  });
  afterAll(() => harness?.close());

  it("shows one card per statement with tappable options, and no sideways scrolling", async () => {
    const link = demoLink(harness, 0);
    const page = await harness.newPage();
    await page.setViewportSize({ width: 375, height: 740 });
    await openIntro(page, link);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByTestId("start").click();
    await waitForStep(page, "section-0");
    expect(await horizontalOverflow(page)).toBe(0);
    const first = questions(page).nth(0);
    // On a phone the option labels are visible in the card (no matrix header), and big enough to tap.
    expect(await page.locator(".rs-matrix-header").first().isVisible()).toBe(false);
    const option = first.locator(".rs-option").nth(4);
    expect(await option.locator(".rs-option-label").isVisible()).toBe(true);
    const box = await option.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    expect(box?.width ?? 0).toBeGreaterThan(280);
    await option.locator(".rs-option-label").click();
    expect(await option.locator("input").isChecked()).toBe(true);
    await choose(questions(page).nth(1), 7);
    await waitSaved(page);
    expect(await page.getByTestId("save-status").isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);

    // On a wide screen the same page is a matrix with one header row per block.
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await page.locator(".rs-matrix-header").first().isVisible()).toBe(true);
    // The label is then visually hidden (1px, clipped) but still names the radio button.
    expect((await first.locator(".rs-option-label").first().boundingBox())?.width).toBeLessThanOrEqual(1);
    expect(await first.getByRole("radio", { name: "Helemaal oneens" }).count()).toBe(1);
    await page.setViewportSize({ width: 375, height: 740 });

    for (let i = 0; i < 30; i++) {
      const step = await page.locator(".rs").getAttribute("data-step");
      if (step === "review") break;
      await page.getByTestId("next").click();
      await page.waitForFunction(
        (previous) => document.querySelector(".rs")?.getAttribute("data-step") !== previous,
        step,
      );
    }
    await waitForStep(page, "review");
    expect(await horizontalOverflow(page)).toBe(0);
    // The review lists what is still open; a link goes straight to that question.
    const openLinks = page.locator(".rs-open button");
    expect(await openLinks.count()).toBeGreaterThan(10);
    expect(await accessibilityViolations(page)).toEqual([]);
    await openLinks.first().click();
    await waitForStep(page, "section-0");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("radio");
    await page.close();
  });

  it("withdraws after a confirmation, deleting the answers", async () => {
    const link = demoLink(harness, 1);
    const page = await harness.newPage();
    await page.setViewportSize({ width: 375, height: 740 });
    await openIntro(page, link);
    await page.getByTestId("start").click();
    await waitForStep(page, "section-0");
    await choose(questions(page).nth(0), 3);
    expect(Object.keys((await savedOnServer(page, harness, link)).answers)).toHaveLength(1);
    await page.goBack();
    await waitForStep(page, "intro");

    const withdraw = page.getByRole("button", { name: "Mijn deelname intrekken" });
    await withdraw.click();
    const dialog = page.getByRole("dialog", { name: "Deelname intrekken?" });
    await dialog.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    // Cancelling keeps everything and returns focus to the button.
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Mijn deelname intrekken");
    expect((await serverSurvey(harness, link)).state).toBe("open");

    await withdraw.click();
    await dialog.getByRole("button", { name: "Ja, intrekken en mijn antwoorden wissen" }).click();
    await page.getByTestId("state-withdrawn").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    const after = await serverSurvey(harness, link);
    expect(after.state).toBe("withdrawn");
    expect(after.answers).toEqual({});
    await page.reload();
    await page.getByTestId("state-withdrawn").waitFor();
    await page.close();
  });
});
