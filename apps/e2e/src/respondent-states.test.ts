import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, chromiumPath, type Harness, startHarness } from "./harness.js";
import { choose, demoLink, openIntro, questions, waitForStep } from "./respondent-helpers.js";

// These tests move the demo's open campaign in time, so they have a server of their own.
describe.skipIf(!chromiumPath)("links that cannot be answered (any more), in Chromium", () => {
  let harness: Harness;
  let campaignId: number;
  let opensAt: string;
  beforeAll(async () => {
    harness = await startHarness(chromiumPath as string, { demo: true });
    const open = await harness.server.services.db
      .selectFrom("campaigns")
      .select(["id", "opens_at"])
      .where("status", "=", "open")
      .executeTakeFirstOrThrow();
    campaignId = open.id;
    opensAt = open.opens_at;
  });
  afterAll(() => harness?.close());

  async function setCampaign(values: { opens_at?: string; status?: "open" | "closed" }): Promise<void> {
    await harness.server.services.db
      .updateTable("campaigns")
      .set(values)
      .where("id", "=", campaignId)
      .execute();
  }

  it("says when a questionnaire is not open yet", async () => {
    // One instant, used for the campaign and for the expected text, so no midnight falls in between.
    const opens = new Date(Date.now() + 7 * 86_400_000);
    await setCampaign({ opens_at: opens.toISOString() });
    const page = await harness.newPage();
    await page.goto(demoLink(harness, 0));
    await page.getByTestId("state-not-yet-open").waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Deze vragenlijst is nog niet geopend",
    );
    // It says when: the date in Dutch, a week from now.
    const day = new Intl.DateTimeFormat("nl-BE", { dateStyle: "long" }).format(opens);
    expect(await page.getByTestId("state-not-yet-open").textContent()).toContain(`begint op ${day}`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await setCampaign({ opens_at: opensAt });
    await page.close();
  });

  it("says when a questionnaire is closed, also when it closes while the respondent is answering", async () => {
    const page = await harness.newPage();
    await openIntro(page, demoLink(harness, 1));
    await page.getByTestId("start").click();
    await waitForStep(page, "section-0");
    await setCampaign({ status: "closed" });
    // The next save is refused; the page then shows why instead of retrying forever.
    await choose(questions(page).nth(0), 2);
    await page.getByTestId("state-closed").waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Deze vragenlijst is afgesloten",
    );
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "This questionnaire is closed" }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
