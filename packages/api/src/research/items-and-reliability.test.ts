import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directorsCampaign } from "../test-fixtures/directors-campaign.js";
import { type Caller, createTestApi, type TestApi } from "../test-fixtures/harness.js";
import { submitQuestionnaire } from "../test-fixtures/submit-questionnaire.js";

/**
 * Submits the questionnaire: every unconditional item answered by a pattern of `seed`, open data
 * answered `openData` (4–6 asks the conditional follow-up, answered `followUp`), and
 * `tech-it-maintenance` "don't know" when `dontKnow`.
 */
const respond = (
  api: TestApi,
  link: string,
  seed: number,
  how: { openData: number; followUp?: number; dontKnow?: boolean },
): Promise<void> =>
  submitQuestionnaire(
    api,
    link,
    (item, index) =>
      item.id === "users-open-data"
        ? how.openData
        : item.id === "tech-it-maintenance" && how.dontKnow
          ? "dk"
          : 1 + ((seed * 3 + index * seed) % item.points),
    how.followUp === undefined ? [] : [{ itemId: "users-open-data-use", value: how.followUp }],
  );

/** Twelve directors: five say they publish open data (and answer the follow-up), seven do not. */
const PLAN = Array.from({ length: 12 }, (_, i) => ({
  openData: i < 5 ? 4 + (i % 3) : 1 + (i % 3),
  ...(i < 5 ? { followUp: 1 + ((i * 2) % 6) } : {}),
  dontKnow: i % 4 === 0,
}));

describe.each(await testDatabaseFactories())("research items and reliability on $dialect", (factory) => {
  let api: TestApi;
  let researcher: Caller;
  let campaignId: number;

  beforeAll(async () => {
    api = await createTestApi(factory);
    const made = await directorsCampaign(api, PLAN.length);
    researcher = made.researcher;
    campaignId = made.campaignId;
    const links = made.links;
    for (const [i, link] of links.entries())
      await respond(api, link, i + 1, PLAN[i] as (typeof PLAN)[number]);
  }, 120_000);
  afterAll(() => api.close());

  it("gives each item n asked, n valid, mean, SD, median, the count per point and % don't know", async () => {
    const { items } = await researcher.research.descriptives({ campaignId });
    const followUp = items.find((i) => i.itemId === "users-open-data-use");
    const answered = PLAN.flatMap((p) => (p.followUp === undefined ? [] : [p.followUp]));
    expect(followUp).toMatchObject({ nAsked: 5, n: 5, nDontKnow: 0, reverse: false });
    expect(followUp?.mean).toBeCloseTo(answered.reduce((a, b) => a + b, 0) / answered.length, 12);
    expect(followUp?.counts.map((c) => c.count)).toEqual(
      [1, 2, 3, 4, 5, 6].map((point) => answered.filter((a) => a === point).length),
    );
    const maintenance = items.find((i) => i.itemId === "tech-it-maintenance");
    expect(maintenance).toMatchObject({ nAsked: 12, nDontKnow: 3, n: 9 });
    expect(maintenance?.percentDontKnow).toBeCloseTo(25, 12);
    const openData = items.find((i) => i.itemId === "users-open-data");
    // Sorted 1 1 2 2 3 3 3 4 4 5 5 6: the two middle answers are both 3.
    expect(openData?.median).toBe(3);
    expect(items.find((i) => i.itemId === "tech-past-burden")?.reverse).toBe(true);
  });

  it("reports alpha over the items everyone was asked, and separately with the conditional item", async () => {
    const { scales } = await researcher.research.reliability({ campaignId });
    const innovation = scales.find((s) => s.nodeId === "capability.innovation");
    expect(innovation?.core?.itemIds).not.toContain("users-open-data-use");
    expect(innovation?.core?.n).toBe(12);
    expect(innovation?.n).toBe(12);
    expect(innovation?.core?.basis).toBe("the items asked of every respondent of the scale (largest N)");
    expect(innovation?.withConditional?.itemIds).toContain("users-open-data-use");
    expect(innovation?.withConditional?.n).toBe(5);
    expect(innovation?.withConditional?.basis).toBe(
      "with the conditional items (users-open-data-use), over the 5 respondents asked them",
    );
    const efficiency = scales.find((s) => s.nodeId === "capability.efficiency");
    expect(efficiency?.withConditional).toBeNull();
    expect(efficiency?.n).toBe(9);
  });
});
