import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RespondentCampaign, respondentCampaign } from "../test-fixtures/respondent-campaign.js";

/** The server's clock in these tests: moved by hand, never read from the wall. */
let clock = new Date("2026-12-01T10:00:00.000Z");
const minutes = (n: number): string => new Date(clock.getTime() + n * 60_000).toISOString();

// users-open-data-use is asked only when users-open-data is 4, 5 or 6 (plugins/users/instrument.json).
const OPEN_DATA = "users-open-data";
const OPEN_DATA_USE = "users-open-data-use";

describe.each(await testDatabaseFactories())("saving answers on $dialect", (factory) => {
  let campaign: RespondentCampaign;

  beforeAll(async () => {
    campaign = await respondentCampaign(factory, { now: () => clock });
  });
  afterAll(() => campaign.close());

  async function respondent() {
    const [token] = (await campaign.invite("staff", 1)) as [string];
    const caller = campaign.api.anonymous();
    await caller.survey.open({ token });
    return { token, caller };
  }

  it("replaces a time far ahead of the server's, so a later answer and a clear still win", async () => {
    const { token, caller } = await respondent();
    const ahead = await caller.survey.save({
      token,
      answers: [{ itemId: OPEN_DATA, value: 5, at: "9999-12-31T23:59:59.000Z" }],
    });
    expect(ahead.results[0]?.status).toBe("applied");
    clock = new Date(clock.getTime() + 1000);
    const later = await caller.survey.save({
      token,
      answers: [{ itemId: OPEN_DATA, value: 2, at: minutes(0) }],
    });
    expect(later.results[0]?.status).toBe("applied");
    expect((await caller.survey.open({ token })).answers[OPEN_DATA]).toBe(2);
    clock = new Date(clock.getTime() + 1000);
    const cleared = await caller.survey.save({
      token,
      answers: [{ itemId: OPEN_DATA, value: null, at: minutes(0) }],
    });
    expect(cleared.results[0]?.status).toBe("applied");
    expect((await caller.survey.open({ token })).answers[OPEN_DATA]).toBeUndefined();
    // A clock 4 minutes ahead is believed: within the tolerance, the respondent's order counts.
    const nearAhead = await caller.survey.save({
      token,
      answers: [{ itemId: OPEN_DATA, value: 3, at: minutes(4) }],
    });
    const now = await caller.survey.save({
      token,
      answers: [{ itemId: OPEN_DATA, value: 6, at: minutes(0) }],
    });
    expect([nearAhead.results[0]?.status, now.results[0]?.status]).toEqual(["applied", "stale"]);
    expect(now.saved).toBe(0);
    expect((await caller.survey.open({ token })).answers[OPEN_DATA]).toBe(3);
  });

  it("says per answer whether it was applied, refusing a follow-up the stored answers do not ask", async () => {
    const { token, caller } = await respondent();
    const first = await caller.survey.save({
      token,
      locale: "en",
      answers: [
        { itemId: OPEN_DATA, value: 2, at: minutes(0) },
        { itemId: OPEN_DATA_USE, value: 5, at: minutes(0) },
        { itemId: "org-project-management", value: 4, at: minutes(0) },
      ],
    });
    expect(first.results).toEqual([
      { itemId: OPEN_DATA, status: "applied", reason: null },
      {
        itemId: OPEN_DATA_USE,
        status: "not-asked",
        reason: `"${OPEN_DATA_USE}" is not asked given the stored answer to "${OPEN_DATA}"`,
      },
      { itemId: "org-project-management", status: "applied", reason: null },
    ]);
    expect(first.saved).toBe(2);
    expect((await caller.survey.open({ token })).answers[OPEN_DATA_USE]).toBeUndefined();
    // Opening the follow-up in the same save asks it.
    const both = await caller.survey.save({
      token,
      answers: [
        { itemId: OPEN_DATA, value: 5, at: minutes(1) },
        { itemId: OPEN_DATA_USE, value: 5, at: minutes(1) },
      ],
    });
    expect(both.results.map((r) => r.status)).toEqual(["applied", "applied"]);
  });

  it("decides a follow-up saved alone on the stored answer that controls it", async () => {
    const { token, caller } = await respondent();
    await caller.survey.save({ token, answers: [{ itemId: OPEN_DATA, value: 2, at: minutes(0) }] });
    const hidden = await caller.survey.save({
      token,
      answers: [{ itemId: OPEN_DATA_USE, value: 5, at: minutes(1) }],
    });
    expect(hidden.results.map((r) => r.status)).toEqual(["not-asked"]);
    await caller.survey.save({ token, answers: [{ itemId: OPEN_DATA, value: 5, at: minutes(2) }] });
    const asked = await caller.survey.save({
      token,
      answers: [{ itemId: OPEN_DATA_USE, value: 5, at: minutes(3) }],
    });
    expect(asked.results.map((r) => r.status)).toEqual(["applied"]);
  });

  it("submits what is stored, clearing a follow-up that a later answer hid", async () => {
    const { token, caller } = await respondent();
    await caller.survey.save({
      token,
      answers: [
        { itemId: OPEN_DATA, value: 6, at: minutes(0) },
        { itemId: OPEN_DATA_USE, value: 4, at: minutes(0) },
      ],
    });
    // Another of the respondent's devices changes the controlling answer without clearing the follow-up.
    await caller.survey.save({ token, answers: [{ itemId: OPEN_DATA, value: 1, at: minutes(1) }] });
    await expect(caller.survey.submit({ token })).resolves.toEqual({ state: "submitted" });
    const stored = await campaign.api.handle.db
      .selectFrom("answers as a")
      .innerJoin("responses as r", "r.id", "a.response_id")
      .innerJoin("invitations as i", "i.id", "r.invitation_id")
      .select("a.item_id")
      .where("a.item_id", "=", OPEN_DATA_USE)
      .where("r.status", "=", "submitted")
      .execute();
    expect(stored).toEqual([]);
  });

  it("stores concurrent first saves of one respondent without a server error", async () => {
    for (let round = 0; round < 5; round++) {
      const { token, caller } = await respondent();
      const items = ["org-project-management", "org-it-financing", "org-outsourcing", OPEN_DATA];
      const results = await Promise.allSettled(
        items.map((itemId, i) =>
          caller.survey.save({ token, answers: [{ itemId, value: i + 1, at: minutes(0) }] }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(items.map(() => "fulfilled"));
      const answers = (await caller.survey.open({ token })).answers;
      expect(items.map((itemId) => answers[itemId])).toEqual([1, 2, 3, 4]);
    }
  });

  it("refreshes the response's time at most once a minute, and its language whenever it changes", async () => {
    const { token, caller } = await respondent();
    const stamp = async () => {
      const [row] = await campaign.api.handle.db
        .selectFrom("responses")
        .select(["updated_at", "locale"])
        .orderBy("id", "desc")
        .limit(1)
        .execute();
      return row;
    };
    const save = (value: number, locale: "nl" | "en" = "nl") =>
      caller.survey.save({ token, locale, answers: [{ itemId: OPEN_DATA, value, at: minutes(0) }] });
    await save(1);
    const first = clock.toISOString();
    expect(await stamp()).toEqual({ updated_at: first, locale: "nl" });
    clock = new Date(clock.getTime() + 30_000);
    await save(2);
    expect(await stamp()).toEqual({ updated_at: first, locale: "nl" });
    clock = new Date(clock.getTime() + 10_000);
    await save(3, "en");
    expect(await stamp()).toEqual({ updated_at: clock.toISOString(), locale: "en" });
    const switched = clock.toISOString();
    clock = new Date(clock.getTime() + 61_000);
    await save(4, "en");
    expect((await stamp())?.updated_at).not.toBe(switched);
    expect(await stamp()).toEqual({ updated_at: clock.toISOString(), locale: "en" });
  });
});
