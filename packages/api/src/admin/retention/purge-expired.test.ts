import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../../test-fixtures/harness.js";

describe.each(await testDatabaseFactories())(
  "retention of e-mail addresses and links on $dialect",
  (factory) => {
    let api: TestApi;
    beforeAll(async () => {
      api = await createTestApi(factory, { smtp: true });
    });
    afterAll(() => api.close());

    it("deletes addresses and tokens once a closed campaign's retention has passed, and keeps the answers", async () => {
      const orgId = await api.organisation("R-1");
      const researcher = await api.as({ email: "r@test.be", role: "researcher" });
      const keyUser = await api.as({ email: "k@test.be", role: "keyuser", organisationIds: [orgId] });
      const admin = await api.as({ email: "a@test.be", role: "admin" });
      const { id: versionId } = await researcher.instruments.freeze({
        title: "Versie",
        plugins: ["organisation", "users", "technology", "context"],
      });
      const { id: campaignId } = await keyUser.campaigns.startSelf({
        organisationId: orgId,
        versionId,
        name: "Zelf",
      });
      await keyUser.invitations.create({
        campaignId,
        organisationId: orgId,
        role: "staff",
        recipients: { emails: ["x@test.be", "y@test.be"] },
      });
      // The link reaches the respondent by mail only; the key user never sees it.
      const token = (api.mail.at(-1)?.text.match(/\/s\/([\w-]+)/)?.[1] ?? "") as string;
      await api.anonymous().survey.save({
        token,
        answers: [{ itemId: "org-project-management", value: 5, at: new Date().toISOString() }],
      });
      await keyUser.campaigns.close({ campaignId });

      // Still within the retention period: nothing is purged.
      expect((await admin.admin.purgeExpired()).purged).toEqual([]);
      await admin.admin.setCampaignRetention({ campaignId, days: 0 });
      expect((await admin.admin.purgeExpired()).purged).toEqual([campaignId]);

      const invitations = await api.handle.db
        .selectFrom("invitations")
        .select(["email", "token_hash", "token_sealed"])
        .where("campaign_id", "=", campaignId)
        .execute();
      expect(invitations).toHaveLength(2);
      for (const invitation of invitations)
        expect(invitation).toEqual({ email: null, token_hash: null, token_sealed: null });
      await expect(api.anonymous().survey.open({ token })).rejects.toThrow(/unknown or no longer valid/);
      const answers = await api.handle.db.selectFrom("answers").select("item_id").execute();
      expect(answers.map((a) => a.item_id)).toContain("org-project-management");
      const log = await admin.admin.auditLog();
      expect(log.map((e) => e.action)).toContain("campaign.close");
    });
  },
);

describe.each(await testDatabaseFactories())("retention by date on $dialect", (factory) => {
  let clock = new Date("2026-01-10T09:00:00Z");
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(factory, { smtp: true, now: () => clock });
  });
  afterAll(() => api.close());

  it("purges a campaign closed by hand and one whose closing date passed, each once its retention is over", async () => {
    const orgId = await api.organisation("R-2");
    const researcher = await api.as({ email: "r2@test.be", role: "researcher" });
    const keyUser = await api.as({ email: "k2@test.be", role: "keyuser", organisationIds: [orgId] });
    const admin = await api.as({ email: "a2@test.be", role: "admin" });
    const { id: versionId } = await researcher.instruments.freeze({
      title: "Versie",
      plugins: ["organisation", "users", "technology", "context"],
    });
    const invite = (campaignId: number) =>
      keyUser.invitations.create({
        campaignId,
        organisationId: orgId,
        role: "staff",
        recipients: { emails: [`${campaignId}@test.be`] },
      });
    const byHand = (
      await keyUser.campaigns.startSelf({ organisationId: orgId, versionId, name: "Met de hand" })
    ).id;
    const byDate = (
      await researcher.campaigns.createWave({
        name: "Tot eind januari",
        versionId,
        population: [orgId],
        closesAt: "2026-01-31T00:00:00Z",
      })
    ).id;
    await invite(byHand);
    await invite(byDate);
    await admin.admin.setCampaignRetention({ campaignId: byHand, days: 30 });
    await admin.admin.setCampaignRetention({ campaignId: byDate, days: 30 });
    clock = new Date("2026-01-20T09:00:00Z");
    await keyUser.campaigns.close({ campaignId: byHand });

    // 30 days after 20 January the hand-closed one is due; the other closed on 31 January.
    clock = new Date("2026-02-20T09:00:00Z");
    expect((await admin.admin.purgeExpired()).purged).toEqual([byHand]);
    clock = new Date("2026-03-01T09:00:00Z");
    expect((await admin.admin.purgeExpired()).purged).toEqual([]);
    clock = new Date("2026-03-02T09:00:00Z");
    expect((await admin.admin.purgeExpired()).purged).toEqual([byDate]);
    const left = await api.handle.db
      .selectFrom("invitations")
      .select(["email", "token_hash"])
      .where("campaign_id", "in", [byHand, byDate])
      .execute();
    expect(left).toEqual([
      { email: null, token_hash: null },
      { email: null, token_hash: null },
    ]);
  });
});
