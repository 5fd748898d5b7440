import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueMessage } from "../messages/issue-messages.js";
import { type Caller, createTestApi, type TestApi } from "../test-fixtures/harness.js";
import { keyUserCampaign } from "../test-fixtures/key-user-campaign.js";
import { submitQuestionnaire } from "../test-fixtures/submit-questionnaire.js";

const tokenOf = (link: string): string => link.match(/\/s\/([\w-]+)/)?.[1] ?? "";

/** Saves one answer without submitting: a response in progress. */
async function startAnswering(api: TestApi, token: string): Promise<void> {
  const respondent = api.anonymous();
  const opened = await respondent.survey.open({ token });
  const item = opened.sections[0]?.items[0];
  await respondent.survey.save({
    token,
    answers: [{ itemId: item?.id ?? "", value: 1, at: new Date().toISOString() }],
  });
}

describe.each(await testDatabaseFactories())("invitation register on $dialect", (factory) => {
  describe("with e-mail configured", () => {
    let api: TestApi;
    let keyUser: Caller;
    let scope: { campaignId: number; organisationId: number };
    const linkOf = (address: string): string =>
      tokenOf(api.mail.filter((m) => m.to === address && m.text.includes("/s/")).at(-1)?.text ?? "");
    beforeAll(async () => {
      api = await createTestApi(factory, { smtp: true });
      const set = await keyUserCampaign(api, "R-001");
      keyUser = set.keyUser;
      scope = { campaignId: set.campaignId, organisationId: set.organisationId };
    }, 60_000);
    afterAll(() => api.close());

    it("invites a pasted address once: an Outlook line, a repeat in another case and an address already invited", async () => {
      const first = await keyUser.invitations.create({
        ...scope,
        role: "staff",
        recipients: { emails: ["An Janssens <An@Test.be>", "an@test.be", '"Peeters, Bo" <bo@test.be>'] },
      });
      expect(first).toMatchObject({ created: 2, emailed: 2, repeated: ["an@test.be"], alreadyInvited: [] });
      const second = await keyUser.invitations.create({
        ...scope,
        role: "manager",
        recipients: { emails: ["AN@TEST.BE", "cy@test.be"] },
      });
      expect(second).toMatchObject({ created: 1, emailed: 1, repeated: [], alreadyInvited: ["AN@TEST.BE"] });
      expect(api.mail.map((m) => m.to)).toEqual(["An@Test.be", "bo@test.be", "cy@test.be"]);

      const register = await keyUser.invitations.register(scope);
      const addresses = (role: string) =>
        register.roles.find((r) => r.role === role)?.invitations.map((i) => i.address);
      expect(addresses("staff")).toEqual(["An@Test.be", "bo@test.be"]);
      expect(addresses("manager")).toEqual(["cy@test.be"]);
      expect(addresses("director")).toEqual([]);
      const participation = await keyUser.invitations.participation(scope);
      expect(participation.total.invited).toBe(3);
    });

    it("names the entry that is not an address, and invites nobody", async () => {
      const error = await keyUser.invitations
        .create({ ...scope, role: "staff", recipients: { emails: ["dy@test.be", "Dy Peeters"] } })
        .catch((e: unknown) => e);
      const issues = (error as { cause?: { issues?: { path: PropertyKey[] }[] } }).cause?.issues ?? [];
      // Worded for the reader as "recipients.emails.1: is not a valid e-mail address".
      expect(issues.map((issue) => issue.path.join("."))).toEqual(["recipients.emails.1"]);
      expect(issueMessage(issues[0] as never, "en")).toBe("is not a valid e-mail address");
      expect((await keyUser.invitations.participation(scope)).total.invited).toBe(3);
    });

    it("reminds those who have not submitted and tells the key user neither who nor how many", async () => {
      await submitQuestionnaire(api, `/s/${linkOf("bo@test.be")}`, () => 2);
      await startAnswering(api, linkOf("cy@test.be"));
      const before = api.mail.length;
      expect(await keyUser.invitations.remind({ ...scope, locale: "en" })).toEqual({ reminded: true });
      const reminders = api.mail.slice(before);
      expect(reminders.map((m) => m.to).sort()).toEqual(["An@Test.be", "cy@test.be"]);
      expect(reminders[0]?.subject).toMatch(/^Reminder: Gemeente R/);

      // The register shows the round on every invitation by e-mail alike, and no state of any.
      const register = await keyUser.invitations.register(scope);
      const entries = register.roles.flatMap((r) => r.invitations);
      expect(new Set(entries.map((e) => e.remindedAt)).size).toBe(1);
      expect(entries[0]?.remindedAt).not.toBeNull();
      for (const entry of entries)
        expect(Object.keys(entry).sort()).toEqual(["address", "id", "invitedAt", "remindedAt", "revokedAt"]);
      expect(JSON.stringify(register)).not.toMatch(/submitted|started|status|\/s\//);
    });

    it("resends one invitation by mail, whatever its respondent did, with the same link", async () => {
      const register = await keyUser.invitations.register(scope);
      const bo = register.roles.flatMap((r) => r.invitations).find((i) => i.address === "bo@test.be");
      const link = linkOf("bo@test.be");
      expect(await keyUser.invitations.resend({ ...scope, invitationId: bo?.id ?? 0 })).toEqual({
        emailed: true,
        links: [],
      });
      expect(api.mail.at(-1)?.to).toBe("bo@test.be");
      expect(linkOf("bo@test.be")).toBe(link);
      await expect(keyUser.invitations.resend({ ...scope, invitationId: 999_999 })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    });

    it("revokes: the link stops answering, submitted answers and every count stay, answers in progress go", async () => {
      const entries = (await keyUser.invitations.register(scope)).roles.flatMap((r) => r.invitations);
      const id = (address: string): number => entries.find((i) => i.address === address)?.id ?? 0;
      const participation = await keyUser.invitations.participation(scope);
      const cy = linkOf("cy@test.be");

      for (const address of ["bo@test.be", "cy@test.be"]) {
        const revoked = await keyUser.invitations.revoke({ ...scope, invitationId: id(address) });
        expect(Object.keys(revoked)).toEqual(["revokedAt"]);
      }
      expect(await keyUser.invitations.participation(scope)).toEqual(participation);

      const respondent = api.anonymous();
      expect((await respondent.survey.open({ token: cy })).state).toBe("revoked");
      const at = new Date().toISOString();
      await expect(
        respondent.survey.save({ token: cy, answers: [{ itemId: "x", value: 1, at }] }),
      ).rejects.toThrow(/revoked/);
      await expect(respondent.survey.submit({ token: cy })).rejects.toThrow(/revoked/);
      await expect(respondent.survey.restart({ token: cy })).rejects.toThrow(/revoked/);

      const responses = await api.handle.db
        .selectFrom("responses as r")
        .innerJoin("invitations as i", "i.id", "r.invitation_id")
        .select(["i.email", "r.status"])
        .where("i.email", "in", ["bo@test.be", "cy@test.be"])
        .execute();
      expect(responses).toEqual([{ email: "bo@test.be", status: "submitted" }]);

      // Reminders and resends skip it; the address may be invited anew.
      const before = api.mail.length;
      await keyUser.invitations.remind(scope);
      expect(api.mail.slice(before).map((m) => m.to)).toEqual(["An@Test.be"]);
      await expect(keyUser.invitations.resend({ ...scope, invitationId: id("cy@test.be") })).rejects.toThrow(
        /revoked/,
      );
      const again = await keyUser.invitations.create({
        ...scope,
        role: "manager",
        recipients: { emails: ["cy@test.be"] },
      });
      expect(again).toMatchObject({ created: 1, alreadyInvited: [] });
    });

    it("writes an audit row for each revoke and resend, without addresses", async () => {
      const rows = await api.handle.db
        .selectFrom("audit_log")
        .select(["action", "detail"])
        .where("action", "in", ["invitations.revoke", "invitations.resend", "invitations.remind"])
        .execute();
      expect(rows.map((r) => r.action).sort()).toEqual([
        "invitations.remind",
        "invitations.remind",
        "invitations.resend",
        "invitations.revoke",
        "invitations.revoke",
      ]);
      expect(JSON.stringify(rows)).not.toContain("@");
    });
  });

  describe("without e-mail", () => {
    let api: TestApi;
    let keyUser: Caller;
    let scope: { campaignId: number; organisationId: number };
    beforeAll(async () => {
      api = await createTestApi(factory);
      const set = await keyUserCampaign(api, "R-001");
      keyUser = set.keyUser;
      scope = { campaignId: set.campaignId, organisationId: set.organisationId };
    }, 60_000);
    afterAll(() => api.close());

    it("keeps every figure when a submitted letter is revoked", async () => {
      const { links } = await keyUser.invitations.create({
        ...scope,
        role: "staff",
        recipients: { count: 4 },
      });
      for (const [index, letter] of links.slice(0, 3).entries())
        await submitQuestionnaire(api, letter.link, (item, i) => ((i + index) % item.points) + 1);
      const overview = await keyUser.results.overview(scope);
      const participation = await keyUser.invitations.participation(scope);
      const register = await keyUser.invitations.register(scope);
      expect(register.roles.find((r) => r.role === "staff")?.invitations.map((i) => i.address)).toEqual([
        null,
        null,
        null,
        null,
      ]);
      const first = register.roles.find((r) => r.role === "staff")?.invitations[0]?.id ?? 0;
      await keyUser.invitations.revoke({ ...scope, invitationId: first });
      expect(await keyUser.results.overview(scope)).toEqual(overview);
      expect(await keyUser.invitations.participation(scope)).toEqual(participation);
      expect((await api.anonymous().survey.open({ token: tokenOf(links[0]?.link ?? "") })).state).toBe(
        "revoked",
      );
    });

    it("replaces a lost letter with a new link (the old one stops working); remind needs e-mail", async () => {
      const { links } = await keyUser.invitations.create({
        ...scope,
        role: "manager",
        recipients: { count: 1 },
      });
      const entry = (await keyUser.invitations.register(scope)).roles.find((r) => r.role === "manager")
        ?.invitations[0];
      const resent = await keyUser.invitations.resend({ ...scope, invitationId: entry?.id ?? 0 });
      expect(resent.emailed).toBe(false);
      expect(resent.links).toHaveLength(1);
      expect(resent.links[0]?.link).not.toBe(links[0]?.link);
      expect((await api.anonymous().survey.open({ token: tokenOf(resent.links[0]?.link ?? "") })).state).toBe(
        "open",
      );
      await expect(
        api.anonymous().survey.open({ token: tokenOf(links[0]?.link ?? "") }),
      ).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(keyUser.invitations.remind(scope)).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
      const later = (await keyUser.invitations.register(scope)).roles.find((r) => r.role === "manager")
        ?.invitations[0];
      expect(later?.remindedAt).not.toBeNull();
    });
  });
});
