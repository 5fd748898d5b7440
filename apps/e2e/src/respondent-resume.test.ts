import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, chromiumPath, type Harness, startHarness } from "./harness.js";
import {
  choose,
  chosen,
  demoLink,
  goOffline,
  goOnline,
  itemIdOf,
  openIntro,
  questions,
  serverSurvey,
  waitForStep,
  waitSaved,
} from "./respondent-helpers.js";

describe.skipIf(!chromiumPath)("resuming and switching language in Chromium", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(chromiumPath as string, { demo: true });
  });
  afterAll(async () => {
    await harness?.context.setOffline(false);
    await harness?.close();
  });

  it("resumes after a reload, and on another device with the resume code shown at the first save", async () => {
    const link = demoLink(harness, 1);
    const page = await harness.newPage();
    await openIntro(page, link);
    await page.getByTestId("start").click();
    await waitForStep(page, "section-0");
    const first = questions(page);
    await choose(first.nth(0), 2);
    // The first save binds this device and shows the resume code, once.
    const notice = page.getByTestId("resume-code");
    const code = /[A-Z0-9]{4}-[A-Z0-9]{4}/.exec((await notice.locator("h2").textContent()) ?? "")?.[0];
    expect(code).toBeDefined();
    // The device secret: a cookie page scripts cannot read, sent only to the API and only same-site.
    const [device] = (await harness.context.cookies()).filter((c) => c.name === "maturo_device");
    expect(device).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/trpc" });
    expect(await accessibilityViolations(page)).toEqual([]);
    await notice.getByRole("button", { name: "Ik heb de code genoteerd" }).click();
    await choose(first.nth(1), 6);
    await choose(first.nth(2), 7); // don't know
    const firstIds = [
      await itemIdOf(first.nth(0)),
      await itemIdOf(first.nth(1)),
      await itemIdOf(first.nth(2)),
    ];
    await page.getByTestId("next").click();
    await waitForStep(page, "section-1");
    await choose(questions(page).nth(0), 4);
    const secondId = await itemIdOf(questions(page).nth(0));
    await waitSaved(page);

    // A reload stays on the page the respondent was on, with every answer.
    await page.reload();
    await waitForStep(page, "section-1");
    expect(await chosen(page.locator(`[id="q-${secondId}"]`))).toBe(4);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The server has them all: another device (no local storage) resumes from there.
    const onServer = await serverSurvey(harness, link);
    expect(onServer.answers).toEqual({
      [firstIds[0] as string]: 2,
      [firstIds[1] as string]: 6,
      [firstIds[2] as string]: "dk",
      [secondId]: 4,
    });
    await page.close();

    // Another device sees no answers until the respondent enters the code.
    const laptop = await harness.newDevice();
    const other = laptop.page;
    await other.goto(link);
    await other.getByTestId("state-elsewhere").waitFor();
    expect(await other.getByRole("radiogroup").count()).toBe(0);
    expect(await accessibilityViolations(other)).toEqual([]);
    await other.getByLabel("Herstelcode").fill("AAAA-AAAA");
    await other.getByTestId("resume").click();
    await other.getByText("Dit is niet de herstelcode van deze vragenlijst.").waitFor();
    await other.getByLabel("Herstelcode").fill((code as string).toLowerCase());
    await other.getByTestId("resume").click();
    await other.getByTestId("start").waitFor();
    expect(await other.locator(".rs-resume").textContent()).toContain("4 van de");
    expect(await other.getByTestId("start").textContent()).toBe("Verdergaan waar u gebleven was");
    await other.getByTestId("start").click();
    // Continue goes to the first section with an open question.
    await waitForStep(other, "section-0");
    const again = questions(other);
    expect(await chosen(again.nth(0))).toBe(2);
    expect(await chosen(again.nth(1))).toBe(6);
    expect(await chosen(again.nth(2))).toBe(7);
    expect(await chosen(again.nth(3))).toBeNull();
    // No second code: this device resumed, it did not start.
    await choose(again.nth(3), 3);
    await waitSaved(other);
    expect(await other.getByTestId("resume-code").count()).toBe(0);
    await laptop.close();
  });

  it("starts again on another device without the code, discarding the earlier answers", async () => {
    const link = demoLink(harness, 3);
    const page = await harness.newPage();
    await openIntro(page, link);
    await page.getByTestId("start").click();
    await waitForStep(page, "section-0");
    await choose(questions(page).nth(0), 5);
    await waitSaved(page);
    await page.close();

    const device = await harness.newDevice();
    const other = device.page;
    await other.goto(link);
    await other.getByTestId("state-elsewhere").waitFor();
    await other.getByRole("button", { name: "Opnieuw beginnen" }).click();
    const dialog = other.getByRole("dialog", { name: "Opnieuw beginnen?" });
    await dialog.getByRole("button", { name: "Ja, wis de eerdere antwoorden" }).click();
    await other.getByTestId("start").waitFor();
    expect(await other.getByTestId("start").textContent()).toBe("Beginnen");
    expect((await serverSurvey(harness, link)).answers).toEqual({});
    await other.getByTestId("start").click();
    await waitForStep(other, "section-0");
    expect(await chosen(questions(other).nth(0))).toBeNull();
    await choose(questions(other).nth(0), 1);
    await other.getByTestId("resume-code").waitFor();
    await device.close();
  });

  it("shows the stored answer, and says so, when another device saved a newer one meanwhile", async () => {
    const link = demoLink(harness, 4);
    const page = await harness.newPage();
    await openIntro(page, link);
    await page.getByTestId("start").click();
    await waitForStep(page, "section-0");
    await choose(questions(page).nth(0), 1);
    const notice = page.getByTestId("resume-code");
    const code = /[A-Z0-9]{4}-[A-Z0-9]{4}/.exec((await notice.locator("h2").textContent()) ?? "")?.[0];
    await waitSaved(page);
    // This device answers while offline: its answer waits in the queue with the time it was given.
    await goOffline(harness, page);
    await choose(questions(page).nth(1), 2);
    await page.locator('[data-testid="save-status"][data-status="offline"]').waitFor();

    // Later, on a laptop resumed with the code, the same question gets a newer answer.
    const laptop = await harness.newDevice();
    await laptop.page.goto(link);
    await laptop.page.getByLabel("Herstelcode").fill(code as string);
    await laptop.page.getByTestId("resume").click();
    await laptop.page.getByTestId("start").click();
    await waitForStep(laptop.page, "section-0");
    await choose(questions(laptop.page).nth(1), 5);
    await waitSaved(laptop.page);
    await laptop.close();

    // Back online, the older answer is not stored: the page shows the stored one and says why.
    await goOnline(harness, page);
    const conflict = page.getByTestId("conflict");
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain("er is een nieuwer antwoord bewaard");
    expect(await chosen(questions(page).nth(1))).toBe(5);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it("keeps every answer when the language is switched, and remembers the language", async () => {
    const link = demoLink(harness, 2);
    const page = await harness.newPage();
    await openIntro(page, link);
    await page.getByTestId("start").click();
    await waitForStep(page, "section-0");
    const dutchTitle = await page.getByRole("heading", { level: 1 }).textContent();
    await choose(questions(page).nth(0), 3);
    await choose(questions(page).nth(1), 7);

    await page.getByRole("button", { name: "English" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
    await page.getByRole("button", { name: "Next" }).waitFor();
    const englishTitle = await page.getByRole("heading", { level: 1 }).textContent();
    expect(englishTitle).not.toBe(dutchTitle);
    expect(await questions(page).nth(0).getByRole("radio", { name: "Strongly disagree" }).count()).toBe(1);
    expect(await questions(page).nth(1).getByRole("radio", { name: "Don't know" }).isChecked()).toBe(true);
    expect(await chosen(questions(page).nth(0))).toBe(3);
    expect(await accessibilityViolations(page)).toEqual([]);

    await choose(questions(page).nth(2), 5);
    await waitSaved(page);
    expect(await page.getByTestId("save-status").textContent()).toBe("All answers saved");
    await page.reload();
    await waitForStep(page, "section-0");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(englishTitle);
    expect(await chosen(questions(page).nth(0))).toBe(3);
    expect(await chosen(questions(page).nth(1))).toBe(7);
    expect(await chosen(questions(page).nth(2))).toBe(5);

    // Another device, where no language was chosen and the browser says Dutch, continues in English:
    // the language the respondent last answered in.
    const other = await harness.newPage();
    await other.goto("/");
    await other.evaluate(() => localStorage.clear());
    await openIntro(other, link);
    await other.waitForFunction(() => document.documentElement.lang === "en");
    await other.getByTestId("start").filter({ hasText: "Continue where you left off" }).waitFor();
    expect(await accessibilityViolations(other)).toEqual([]);
    await other.close();

    // And back to Dutch, still with every answer.
    await page.getByRole("button", { name: "Nederlands" }).click();
    await page.getByRole("heading", { level: 1, name: dutchTitle as string }).waitFor();
    expect(await chosen(questions(page).nth(0))).toBe(3);
    expect(await chosen(questions(page).nth(2))).toBe(5);
    // Switching the language saves nothing new: the server still has the three answers saved above.
    expect(Object.keys((await serverSurvey(harness, link)).answers)).toHaveLength(3);
    await page.close();
  });
});
