import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, createTestApi, type TestApi } from "../test-fixtures/harness.js";
import { keyUserCampaign } from "../test-fixtures/key-user-campaign.js";

const ADDRESSES = ["ann@test.be", "bert@test.be", "chris@test.be"];

function tokenInMail(text: string): string {
  return text.match(/\/s\/([\w-]+)/)?.[1] ?? "";
}

/** Answers every unconditional item with 2 and submits. */
async function answerAndSubmit(api: TestApi, token: string): Promise<void> {
  const respondent = api.anonymous();
  const opened = await respondent.survey.open({ token });
  const answers = opened.sections.flatMap((s) =>
    s.items
      .filter((i) => i.showIf === null)
      .map((i) => ({ itemId: i.id, value: Math.min(2, i.points), at: new Date().toISOString() })),
  );
  for (let i = 0; i < answers.length; i += 100)
    await respondent.survey.save({ token, answers: answers.slice(i, i + 100) });
  await respondent.survey.submit({ token });
}

describe.each(await testDatabaseFactories())("invitations on $dialect", (factory) => {
  describe("with e-mail configured", () => {
    let api: TestApi;
    let keyUser: Caller;
    let campaignId: number;
    let organisationId: number;
    beforeAll(async () => {
      api = await createTestApi(factory, { smtp: true });
      ({ keyUser, campaignId, organisationId } = await keyUserCampaign(api, "I-001"));
    }, 60_000);
    afterAll(() => api.close());

    it("mails each address its link and tells the key user only how many, never an address next to a link", async () => {
      const result = await keyUser.invitations.create({
        campaignId,
        organisationId,
        role: "staff",
        recipients: { emails: ADDRESSES },
      });
      expect(result).toEqual({
        role: "staff",
        created: 3,
        emailed: 3,
        links: [],
        repeated: [],
        alreadyInvited: [],
      });
      expect(api.mail.map((m) => m.to).sort()).toEqual([...ADDRESSES].sort());
      for (const mail of api.mail) {
        expect(tokenInMail(mail.text)).toMatch(/^[\w-]{40,}$/);
        // The mail promises what the rules hold: k of the campaign, pseudonymised research data.
        expect(mail.text).toContain("groepen van minstens 4 personen");
        expect(mail.text).toContain("gepseudonimiseerd, niet anoniem");
      }

      // Participation is counts per role: nothing in it names an address or a link.
      const participation = await keyUser.invitations.participation({ campaignId, organisationId });
      const text = JSON.stringify(participation);
      for (const address of ADDRESSES) expect(text).not.toContain(address);
      expect(text).not.toContain("/s/");
      expect(participation.roles.find((r) => r.role === "staff")).toMatchObject({ invited: 3 });
    });

    it("reminds only those who have not submitted, chosen by the server, and reports not even how many", async () => {
      const first = api.mail.find((m) => m.to === ADDRESSES[0]);
      await answerAndSubmit(api, tokenInMail(first?.text ?? ""));
      const before = api.mail.length;
      const reminded = await keyUser.invitations.remind({ campaignId, organisationId });
      expect(reminded).toEqual({ reminded: true });
      const reminders = api.mail.slice(before);
      expect(reminders.map((m) => m.to).sort()).toEqual([ADDRESSES[1], ADDRESSES[2]].sort());
      const participation = await keyUser.invitations.participation({ campaignId, organisationId });
      expect(participation.total).toMatchObject({ invited: 3, submitted: 1 });
    });
  });

  describe("without e-mail", () => {
    let api: TestApi;
    let keyUser: Caller;
    let campaignId: number;
    let organisationId: number;
    beforeAll(async () => {
      api = await createTestApi(factory);
      ({ keyUser, campaignId, organisationId } = await keyUserCampaign(api, "I-001"));
    }, 60_000);
    afterAll(() => api.close());

    it("refuses addresses, since it could only hand the key user address ↔ link pairs", async () => {
      await expect(
        keyUser.invitations.create({
          campaignId,
          organisationId,
          role: "staff",
          recipients: { emails: ADDRESSES },
        }),
      ).rejects.toThrow(/recipients: e-mail is not configured/);
      const participation = await keyUser.invitations.participation({ campaignId, organisationId });
      expect(participation.total.invited).toBe(0);
    });

    it("hands out letters: one link per letter, each a working personal link, with no address", async () => {
      const result = await keyUser.invitations.create({
        campaignId,
        organisationId,
        role: "manager",
        recipients: { count: 2 },
      });
      expect(result.created).toBe(2);
      expect(result.emailed).toBe(0);
      expect(result.links).toHaveLength(2);
      for (const letter of result.links) {
        expect(Object.keys(letter).sort()).toEqual(["link", "role"]);
        expect(letter.link).toMatch(/^https:\/\/maturo\.test\/s\/[\w-]+$/);
      }
      const opened = await api.anonymous().survey.open({ token: tokenInMail(result.links[0]?.link ?? "") });
      expect(opened.role).toBe("manager");
    });

    it("tells the holder of a link the thresholds the key user's figures are held to", async () => {
      const { links } = await keyUser.invitations.create({
        campaignId,
        organisationId,
        role: "staff",
        recipients: { count: 1 },
      });
      const respondent = api.anonymous();
      // The default framework asks 3 respondents a group: k = max(3, 3) others besides a key user who
      // may have answered, so 4; benchmarks at least 5.
      expect(await respondent.invitations.disclosure({ token: tokenInMail(links[0]?.link ?? "") })).toEqual({
        minGroupSize: 4,
        minBenchmarkGroup: 5,
      });
      await expect(respondent.invitations.disclosure({ token: "x".repeat(43) })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    });
  });
});
