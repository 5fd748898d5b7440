import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, chromiumPath, type Harness, startHarness } from "./harness.js";
import { demoLink, openIntro, serverSurvey, waitForStep, waitSaved } from "./respondent-helpers.js";

interface Focused {
  tag: string;
  type: string | null;
  name: string | null;
  testId: string | null;
  checked: boolean;
  /** How many radio buttons share the focused one's name. */
  groupSize: number;
  /** Whether any radio button of the focused one's group is checked. */
  groupAnswered: boolean;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    const name = el?.getAttribute("name") ?? null;
    const group = name ? [...document.getElementsByName(name)] : [];
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      type: el?.getAttribute("type") ?? null,
      name,
      testId: el?.getAttribute("data-testid") ?? null,
      checked: el?.checked ?? false,
      groupSize: group.length,
      groupAnswered: group.some((radio) => (radio as HTMLInputElement).checked),
    };
  });
}

/** Presses Tab until the element with this test id has focus. */
async function tabTo(page: Page, testId: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if ((await focused(page)).testId === testId) return;
  }
  throw new Error(`Tab never reached [data-testid=${testId}]`);
}

describe.skipIf(!chromiumPath)("the questionnaire by keyboard alone, in Chromium", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(chromiumPath as string, { demo: true });
  });
  afterAll(() => harness?.close());

  it("goes from the intro through every section, the review and submit to the thank-you page", async () => {
    const link = demoLink(harness, 0);
    const page = await harness.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await openIntro(page, link);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("Demobevraging");
    // The intro says who sees what (§6–§7) before anything is asked.
    const intro = await page.locator("main").textContent();
    expect(intro).toContain("minstens 4");
    expect(intro).toContain("pseudoniem");
    expect(intro).toContain("gewist");
    expect(await accessibilityViolations(page)).toEqual([]);

    await tabTo(page, "start");
    await page.keyboard.press("Enter");
    await waitForStep(page, "section-0");
    // Focus moves to the new page's heading, so a screen reader starts reading there.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H1");

    let answeredByKeyboard = 0;
    let checkedAxe = false;
    for (let presses = 0; presses < 2000; presses++) {
      const step = await page.locator(".rs").getAttribute("data-step");
      if (step === "review") break;
      await page.keyboard.press("Tab");
      const now = await focused(page);
      if (now.type === "radio" && !now.groupAnswered && now.name) {
        // Tab lands on the first point of an unanswered group; arrows move and choose, Space chooses.
        // Vary the answers; choose "don't know" (the last button) now and then, and a positive
        // point for the open-data item, which shows the question that depends on it.
        let arrows = answeredByKeyboard % 4;
        if (answeredByKeyboard % 11 === 10) arrows = now.groupSize - 1;
        if (now.name === "answer-users-open-data") arrows = 4;
        for (let i = 0; i < arrows; i++) await page.keyboard.press("ArrowRight");
        await page.keyboard.press("Space");
        expect((await focused(page)).checked).toBe(true);
        answeredByKeyboard += 1;
        if (!checkedAxe && answeredByKeyboard === 3) {
          expect(await accessibilityViolations(page)).toEqual([]);
          checkedAxe = true;
        }
      } else if (now.testId === "next") {
        // The review page has no save indicator: leave a page only once its answers are saved.
        await waitSaved(page);
        const before = step;
        await page.keyboard.press("Enter");
        await page.waitForFunction(
          (previous) => document.querySelector(".rs")?.getAttribute("data-step") !== previous,
          before,
        );
      }
    }
    await waitForStep(page, "review");
    expect(checkedAxe).toBe(true);

    // The item behind the condition was shown (and answered) because its condition held.
    const onServer = await serverSurvey(harness, link);
    expect(Object.keys(onServer.answers)).toHaveLength(answeredByKeyboard);
    expect(onServer.answers["users-open-data"]).toBe(5);
    expect(onServer.answers["users-open-data-use"]).toBeDefined();
    expect(Object.values(onServer.answers)).toContain("dk");

    const review = await page.locator("main").textContent();
    expect(review).toContain(`alle ${answeredByKeyboard} vragen beantwoord`);
    expect(await accessibilityViolations(page)).toEqual([]);

    await tabTo(page, "submit");
    await page.keyboard.press("Enter");
    await page.getByTestId("state-thanks").waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Bedankt voor uw deelname");
    // The own result, against the demo's closed wave, as a table with text values.
    await page.getByRole("heading", { level: 2, name: "Uw eigen resultaat" }).waitFor();
    const table = page.getByRole("table", { name: "Uw scores (0–100) tegenover de referentie" });
    await table.waitFor();
    const own = (await page.locator(".rs-own-result").textContent()) ?? "";
    expect(own).toContain("Alleen dit toestel toont dit resultaat");
    expect(own).toMatch(/Uw profiel: [A-Z] — \S/);
    expect(own).toMatch(/De referentie is .+: de mediaan en de kwartielen/);
    expect(await table.getByRole("columnheader").allTextContents()).toEqual([
      "Onderdeel",
      "Uw score",
      "Mediaan",
      "Middelste helft (kwartielen)",
    ]);
    expect(await table.getByRole("row").count()).toBeGreaterThan(3);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect((await serverSurvey(harness, link)).state).toBe("submitted");

    // Opening the link again says it was already submitted, and this device still shows the own result.
    await page.reload();
    await page.getByTestId("state-submitted").waitFor();
    await page.getByRole("table", { name: "Uw scores (0–100) tegenover de referentie" }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it("explains an unknown link, without accessibility violations", async () => {
    const page = await harness.newPage();
    await page.goto("/s/this-link-does-not-exist-at-all-0000");
    await page.getByTestId("state-unknown").waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Deze link werkt niet");
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "This link does not work" }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
