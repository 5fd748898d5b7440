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
