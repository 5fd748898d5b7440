import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../root.js";
import { type Caller, createTestApi, TEST_PASSWORD, type TestApi } from "../test-fixtures/harness.js";

/**
 * Mutations that write no audit row, and why. The audit log names the person (a session's user)
 * who changed something; these are made without a session or change only the caller's own session.
 */
const EXEMPT: Record<string, string> = {
  "auth.login": "starts the caller's own session; failed logins go to the server log",
  "auth.logout": "ends the caller's own session",
  "auth.requestPasswordReset": "anonymous: nobody to name, and it must not reveal whether the account exists",
  "auth.resetPassword":
    "anonymous: proven by the mailbox, not by a session; it ends every session of the account",
  "auth.requestAccount": "anonymous: the request is itself a stored record; its approval is audited",
};

/**
 * survey.* are the respondents' saves, submissions and withdrawals: a respondent has no account and
 * answers pseudonymously (docs/architecture.md, "Privacy"); an audit row per save would tie a
 * response to moments of activity, and the response already stores when it was saved and submitted.
 */
const isRespondentProcedure = (path: string): boolean => path.startsWith("survey.");

type Actor = "admin" | "researcher" | "keyUser";

interface Fixture {
  orgA: number;
  orgB: number;
  keyUserId: number;
  otherUserId: number;
  versionId: number;
  selfCampaign: number;
  closable: number;
  waveId: number;
  requestId: number;
  invitationId: number;
}

/** For every other mutation: who calls it, with an input that changes something. Run in this order. */
const CHANGES: Record<string, { actor: Actor; input: (f: Fixture) => unknown }> = {
  "admin.createOrganisation": { actor: "admin", input: () => ({ code: "NEW-9", name: "Nieuwe gemeente" }) },
  "admin.updateOrganisation": { actor: "admin", input: (f) => ({ id: f.orgB, name: "Gemeente B2" }) },
  "admin.addMembership": { actor: "admin", input: (f) => ({ userId: f.keyUserId, organisationId: f.orgB }) },
  "admin.removeMembership": {
    actor: "admin",
    input: (f) => ({ userId: f.keyUserId, organisationId: f.orgB }),
  },
  "admin.createUser": {
    actor: "admin",
    input: () => ({ email: "new@test.be", name: "Nieuw", role: "researcher", password: TEST_PASSWORD }),
  },
  "admin.setPassword": { actor: "admin", input: (f) => ({ userId: f.otherUserId, password: TEST_PASSWORD }) },
  "admin.setDisabled": { actor: "admin", input: (f) => ({ userId: f.otherUserId, disabled: true }) },
  "admin.setIdentifiedExports": {
    actor: "admin",
    input: (f) => ({ userId: f.otherUserId, allowed: true }),
  },
  "admin.decideAccountRequest": {
    actor: "admin",
    input: (f) => ({ requestId: f.requestId, decision: "approve", password: TEST_PASSWORD }),
  },
  "admin.setCampaignRetention": { actor: "admin", input: (f) => ({ campaignId: f.waveId, days: 30 }) },
  "admin.purgeExpired": { actor: "admin", input: () => undefined },
  "instruments.freeze": {
    actor: "researcher",
    input: () => ({ title: "Kleiner", plugins: ["organisation", "users", "technology"] }),
  },
  "campaigns.startSelf": {
    actor: "keyUser",
    input: (f) => ({ organisationId: f.orgA, versionId: f.versionId, name: "Nog een" }),
  },
  "campaigns.close": { actor: "keyUser", input: (f) => ({ campaignId: f.closable }) },
  "campaigns.createWave": {
    actor: "researcher",
    input: (f) => ({ name: "Golf 2", versionId: f.versionId, population: [f.orgA] }),
  },
  "invitations.create": {
    actor: "keyUser",
    input: (f) => ({
      campaignId: f.selfCampaign,
      organisationId: f.orgA,
      role: "staff",
      recipients: { count: 1 },
    }),
  },
  "invitations.remind": {
    actor: "keyUser",
    input: (f) => ({ campaignId: f.selfCampaign, organisationId: f.orgA }),
  },
  "invitations.resend": {
    actor: "keyUser",
    input: (f) => ({ campaignId: f.selfCampaign, organisationId: f.orgA, invitationId: f.invitationId }),
  },
  "invitations.revoke": {
    actor: "keyUser",
    input: (f) => ({ campaignId: f.selfCampaign, organisationId: f.orgA, invitationId: f.invitationId }),
  },
  "invitations.bulkForWave": {
    actor: "researcher",
    input: (f) => ({ campaignId: f.waveId, role: "staff", perOrganisation: 1 }),
  },
  "research.importPopulation": {
    actor: "researcher",
    input: () => ({ csv: "code,name\nP-1,Proefgemeente\n", apply: true }),
  },
  "exports.campaign": {
    actor: "researcher",
    input: (f) => ({ campaignId: f.waveId, format: "csv", locale: "en" }),
  },
  "auth.changePassword": {
    actor: "researcher",
    input: () => ({ current: TEST_PASSWORD, next: "another long password" }),
  },
};

const procedures = (
  appRouter as unknown as { _def: { procedures: Record<string, { _def: { type: string } }> } }
)._def.procedures;
const mutations = Object.keys(procedures)
  .filter((path) => procedures[path]?._def.type === "mutation")
  .sort();

/** Calls a procedure by its dotted path. */
function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const procedure = path
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], caller) as (
    input: unknown,
  ) => Promise<unknown>;
  return procedure(input);
}

describe("the audit coverage list", () => {
  it("names every mutation of the router: audited, exempt with a reason, or a respondent's", () => {
    const unlisted = mutations.filter((p) => !(p in CHANGES) && !(p in EXEMPT) && !isRespondentProcedure(p));
    expect(unlisted).toEqual([]);
    expect(Object.keys(CHANGES).filter((p) => !mutations.includes(p))).toEqual([]);
  });
});

describe.each(await testDatabaseFactories())(
  "an audit row for every change a person makes on $dialect",
  (factory) => {
    let api: TestApi;
    let fixture: Fixture;
    const callers = new Map<Actor, Caller & { userId: number }>();
    beforeAll(async () => {
      api = await createTestApi(factory, { smtp: true });
      const orgA = await api.organisation("A-1");
      const orgB = await api.organisation("B-1");
      const admin = await api.as({ email: "admin@test.be", role: "admin" });
      const researcher = await api.as({ email: "r@test.be", role: "researcher" });
      const keyUser = await api.as({ email: "k@test.be", role: "keyuser", organisationIds: [orgA] });
      const other = await api.as({ email: "other@test.be", role: "researcher" });
      callers.set("admin", admin).set("researcher", researcher).set("keyUser", keyUser);
      const plugins = ["organisation", "users", "technology", "context"];
      const versionId = (await researcher.instruments.freeze({ title: "Versie", plugins })).id;
      const start = async (name: string) =>
        (await keyUser.campaigns.startSelf({ organisationId: orgA, versionId, name })).id;
      const selfCampaign = await start("Zelfevaluatie");
      const closable = await start("Te sluiten");
      const expired = await start("Verlopen");
      await keyUser.invitations.create({
        campaignId: selfCampaign,
        organisationId: orgA,
        role: "staff",
        recipients: { emails: ["x@test.be"] },
      });
      const register = await keyUser.invitations.register({ campaignId: selfCampaign, organisationId: orgA });
      const invitationId = register.roles.flatMap((r) => r.invitations)[0]?.id ?? 0;
      await keyUser.campaigns.close({ campaignId: expired });
      await admin.admin.setCampaignRetention({ campaignId: expired, days: 0 });
      const waveId = (await researcher.campaigns.createWave({ name: "Golf", versionId, population: "all" }))
        .id;
      await api.anonymous("10.0.0.1").auth.requestAccount({
        organisationCode: "REQ-1",
        organisationName: "Gemeente Aanvraag",
        name: "Aanvrager",
        email: "asks@test.be",
      });
      const [request] = await admin.admin.accountRequests();
      fixture = {
        orgA,
        orgB,
        keyUserId: keyUser.userId,
        otherUserId: other.userId,
        versionId,
        selfCampaign,
        closable,
        waveId,
        requestId: (request as { id: number }).id,
        invitationId,
      };
    });
    afterAll(() => api.close());

    it.each(Object.keys(CHANGES))("%s writes an audit row naming who did it", async (path) => {
      const { actor, input } = CHANGES[path] as (typeof CHANGES)[string];
      const caller = callers.get(actor) as Caller & { userId: number };
      const before = await api.handle.db
        .selectFrom("audit_log")
        .select((eb) => eb.fn.max("id").as("id"))
        .executeTakeFirst();
      await call(caller, path, input(fixture));
      const rows = await api.handle.db
        .selectFrom("audit_log")
        .select(["user_id", "action"])
        .where("id", ">", Number(before?.id ?? 0))
        .execute();
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => row.user_id === caller.userId)).toBe(true);
    });
  },
);
