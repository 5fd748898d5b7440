import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, type Harness, startHarness } from "./harness.js";
import {
  choose,
  chosen,
  demoLink,
  goOffline,
  goOnline,
  itemIdOf,
  openIntro,
  questions,
  queuedAnswers,
  savedOnServer,
  saveStatus,
  serverSurvey,
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

    await goOffline(harness, page);
    await choose(questions(page).nth(1), 5);
    await choose(questions(page).nth(2), 6);
    await page.locator('[data-testid="save-status"][data-status="offline"]').waitFor();
    expect(await saveStatus(page).textContent()).toContain("Offline");
    const ids = [await itemIdOf(questions(page).nth(1)), await itemIdOf(questions(page).nth(2))];
    // Nothing reached the server, but the queue is kept in the browser.
    expect(Object.keys((await serverSurvey(harness, link)).answers)).toHaveLength(1);
    expect(await queuedAnswers(page)).toBe(2);

    await goOnline(harness, page);
    const onServer = await savedOnServer(page, harness, link);
    expect(onServer.answers[ids[0] as string]).toBe(5);
    expect(onServer.answers[ids[1] as string]).toBe(6);
    expect(await queuedAnswers(page)).toBe(0);
    await page.close();
  });

  it("survive closing the tab while offline and are sent when the link is opened again", async () => {
    const link = demoLink(harness, 4);
    const page = await harness.newPage();
    await openIntro(page, link);
    await page.getByTestId("start").click();
    await waitForStep(page, "section-0");

    await goOffline(harness, page);
    await choose(questions(page).nth(0), 4);
    await choose(questions(page).nth(3), 7);
    const ids = [await itemIdOf(questions(page).nth(0)), await itemIdOf(questions(page).nth(3))];
    await page.locator('[data-testid="save-status"][data-status="offline"]').waitFor();
    // Both answers are in the browser's queue before the tab closes, and none on the server.
    expect(await queuedAnswers(page)).toBe(2);
    await page.close();
    expect((await serverSurvey(harness, link)).answers).toEqual({});

    await goOnline(harness);
    const again = await harness.newPage();
    await again.goto(`${link}?page=1`);
    await waitForStep(again, "section-0");
    // The page shows the queued answers at once and sends them.
    expect(await chosen(questions(again).nth(0))).toBe(4);
    expect(await chosen(questions(again).nth(3))).toBe(7);
    const onServer = await savedOnServer(again, harness, link);
    expect(onServer.answers).toEqual({ [ids[0] as string]: 4, [ids[1] as string]: "dk" });
    await again.close();
  });
});
