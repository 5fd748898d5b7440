import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RespondentCampaign, respondentCampaign } from "../test-fixtures/respondent-campaign.js";

const ITEM = "users-open-data";

// On SQLite a save's link check is read once and kept while only autosaves write
// (shared/sqlite-read-cache.ts). Each change below is made after a respondent's saves filled that
// cache; the next save must see it. On PostgreSQL, which reads every time, the same must hold.
describe.each(await testDatabaseFactories())("a save's link check on $dialect", (factory) => {
  let campaign: RespondentCampaign;
  let at = Date.parse("2026-12-01T10:00:00.000Z");

  beforeAll(async () => {
    campaign = await respondentCampaign(factory);
  });
  afterAll(() => campaign.close());

  /** A respondent who has saved twice (the second save's check is the kept one, where kept). */
  async function savingRespondent() {
    const [token] = (await campaign.invite("staff", 1)) as [string];
    const caller = campaign.api.anonymous();
    const save = (value: number) =>
      caller.survey.save({ token, answers: [{ itemId: ITEM, value, at: new Date(at++).toISOString() }] });
    expect((await save(1)).saved).toBe(1);
    expect((await save(2)).saved).toBe(1);
    const { db } = campaign.api.handle;
    const invitation = await db
      .selectFrom("invitations")
      .select(["id", "campaign_id"])
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    return { token, caller, save, invitation };
  }

  it("refuses the next save once the link is revoked", async () => {
    const { save, invitation } = await savingRespondent();
    await campaign.api.handle.db
      .updateTable("invitations")
      .set({ revoked_at: new Date().toISOString() })
      .where("id", "=", invitation.id)
      .execute();
    await expect(save(3)).rejects.toMatchObject({ cause: { code: "survey.revoked" } });
  });

  it("refuses the next save once the response is withdrawn", async () => {
    const { token, caller, save } = await savingRespondent();
    await caller.survey.withdraw({ token });
    await expect(save(3)).rejects.toMatchObject({ cause: { code: "survey.withdrawn" } });
  });

  it("refuses the next save from a device once another device took the response over", async () => {
    const { save } = await savingRespondent();
    // Another respondent's saves in between: they must not keep the first one's check alive.
    await (await savingRespondent()).save(4);
    await campaign.api.handle.db
      .deleteFrom("response_secrets")
      .where("kind", "=", "device")
      .where(
        "response_id",
        "in",
        campaign.api.handle.db.selectFrom("responses").select("id").orderBy("id", "desc").limit(2),
      )
      .execute();
    await expect(save(3)).rejects.toMatchObject({ cause: { code: "survey.other-device" } });
  });

  it("refuses the next save once another process closed the campaign", async (context) => {
    const { sqlite, location } = campaign.api.handle;
    if (!sqlite) return context.skip("another process's commit: SQLite (PostgreSQL reads every time)");
    const { save, invitation } = await savingRespondent();
    const Connection = sqlite.constructor as new (file: string) => NonNullable<typeof sqlite>;
    const other = new Connection(location);
    try {
      other
        .prepare("update campaigns set closes_at = ? where id = ?")
        .run("2000-01-01T00:00:00.000Z", invitation.campaign_id);
    } finally {
      other.close();
    }
    // Another process's commit is seen from the next turn of the event loop on
    // (sqlite-read-cache.ts); without this wait the next save would run in the previous one's turn.
    await new Promise((resolve) => setImmediate(resolve));
    await expect(save(3)).rejects.toMatchObject({ cause: { code: "survey.closed" } });
  });
});
