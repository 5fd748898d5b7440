import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, type Harness, startHarness } from "./harness.js";
import {
  choose,
  chosen,
  demoLink,
  itemIdOf,
  openIntro,
  questions,
  saveStatus,
  serverSurvey,
  waitForServer,
  waitForStep,
  waitSaved,
} from "./respondent-helpers.js";

describe.skipIf(!chromiumPath)("answers given offline, in Chromium", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(chromiumPath as string, { demo: true });
  });
  afterAll(async () => {
    await harness?.context.setOffline(false);
    await harness?.close();
  });

  it("are queued while offline and arrive when the connection is back", async () => {
    const link = demoLink(harness, 3);
    const page = await harness.newPage();
    await openIntro(page, link);
    await page.getByTestId("start").click();
    await waitForStep(page, "section-0");
    await choose(questions(page).nth(0), 1);
    await waitSaved(page);

    await harness.context.setOffline(true);
    await choose(questions(page).nth(1), 5);
    await choose(questions(page).nth(2), 6);
    await page.locator('[data-testid="save-status"][data-status="offline"]').waitFor();
    expect(await saveStatus(page).textContent()).toContain("Offline");
    const ids = [await itemIdOf(questions(page).nth(1)), await itemIdOf(questions(page).nth(2))];
    // Nothing reached the server, but the queue is kept in the browser.
    expect(Object.keys((await serverSurvey(harness, link)).answers)).toHaveLength(1);
    expect(
      await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith("maturo.respondent."))),
    ).toBe(true);

    await harness.context.setOffline(false);
    await waitSaved(page);
    const onServer = await serverSurvey(harness, link);
    expect(onServer.answers[ids[0] as string]).toBe(5);
    expect(onServer.answers[ids[1] as string]).toBe(6);
    expect(
      await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith("maturo.respondent."))),
    ).toBe(false);
    await page.close();
  });

  it("survive closing the tab while offline and are sent when the link is opened again", async () => {
    const link = demoLink(harness, 4);
    const page = await harness.newPage();
    await openIntro(page, link);
    await page.getByTestId("start").click();
    await waitForStep(page, "section-0");

    await harness.context.setOffline(true);
    await choose(questions(page).nth(0), 4);
    await choose(questions(page).nth(3), 7);
    const ids = [await itemIdOf(questions(page).nth(0)), await itemIdOf(questions(page).nth(3))];
    await page.locator('[data-testid="save-status"][data-status="offline"]').waitFor();
    await page.close();
    expect((await serverSurvey(harness, link)).answers).toEqual({});

    await harness.context.setOffline(false);
    const again = await harness.newPage();
    await again.goto(`${link}?page=1`);
    await waitForStep(again, "section-0");
    // The page shows the queued answers at once and sends them.
    expect(await chosen(questions(again).nth(0))).toBe(4);
    expect(await chosen(questions(again).nth(3))).toBe(7);
    await waitSaved(again);
    const onServer = await waitForServer(harness, link, (s) => Object.keys(s.answers).length === 2);
    expect(onServer.answers).toEqual({ [ids[0] as string]: 4, [ids[1] as string]: "dk" });
    await again.close();
  });
});
