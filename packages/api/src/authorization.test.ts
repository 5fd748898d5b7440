import { testDatabaseFactories } from "@maturo/vitest-config";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, SESSION_COOKIE } from "./auth/sessions.js";
import { createContextInner, memoryCookieJar } from "./context.js";
import { appRouter } from "./root.js";
import { createTestApi, type TestApi } from "./test-fixtures/harness.js";
import { createCallerFactory } from "./trpc.js";

type Actor = "anonymous" | "respondent" | "keyUserA" | "keyUserB" | "researcher" | "admin";
const ACTORS: readonly Actor[] = ["anonymous", "respondent", "keyUserA", "keyUserB", "researcher", "admin"];
const ALL = ACTORS;
const STAFF: readonly Actor[] = ["keyUserA", "keyUserB", "researcher", "admin"];
const RESEARCH: readonly Actor[] = ["researcher", "admin"];
const ADMIN: readonly Actor[] = ["admin"];
const KEY_USER_A: readonly Actor[] = ["keyUserA"];

interface Fixture {
  orgA: number;
  orgB: number;
  versionId: number;
  selfCampaignA: number;
  waveId: number;
  token: string;
  invitationId: number;
}

/** Who may call each procedure, and with which input. Every procedure of the router must be here. */
const MATRIX: Record<string, { allowed: readonly Actor[]; input: (f: Fixture) => unknown }> = {
  "system.status": { allowed: ALL, input: () => undefined },
  "auth.me": { allowed: ALL, input: () => undefined },
  "auth.login": { allowed: ALL, input: () => ({ email: "nobody@test.be", password: "wrong password" }) },
  "auth.logout": { allowed: STAFF, input: () => undefined },
  "auth.changePassword": {
    allowed: STAFF,
    input: () => ({ current: "wrong password", next: "another long password" }),
  },
  "auth.requestPasswordReset": { allowed: ALL, input: () => ({ email: "nobody@test.be" }) },
  "auth.resetPassword": {
    allowed: ALL,
    input: () => ({ token: "x".repeat(43), password: "another long password" }),
  },
  "auth.requestAccount": {
    allowed: ALL,
    input: () => ({
      organisationCode: "NEW-1",
      organisationName: "Nieuwe gemeente",
      name: "Jan Peeters",
      email: "jan@test.be",
    }),
  },
  "admin.organisations": { allowed: ADMIN, input: () => undefined },
  "admin.organisationPage": { allowed: ADMIN, input: () => ({ search: "gemeente", page: 1 }) },
  "admin.createOrganisation": {
    allowed: ADMIN,
    input: () => ({ code: `ORG-${Math.random()}`, name: "Testgemeente" }),
  },
  "admin.updateOrganisation": { allowed: ADMIN, input: (f) => ({ id: f.orgB, name: "Gemeente B" }) },
  "admin.addMembership": { allowed: ADMIN, input: () => ({ userId: 999_999, organisationId: 999_999 }) },
  "admin.removeMembership": { allowed: ADMIN, input: () => ({ userId: 999_999, organisationId: 999_999 }) },
  "admin.users": { allowed: ADMIN, input: () => undefined },
  "admin.createUser": {
    allowed: ADMIN,
    input: () => ({
      email: `u${Math.random().toString(36).slice(2)}@test.be`,
      name: "Nieuwe onderzoeker",
      role: "researcher",
      password: "a long password 1",
    }),
  },
  "admin.setPassword": { allowed: ADMIN, input: () => ({ userId: 999_999, password: "a long password 1" }) },
  "admin.setDisabled": { allowed: ADMIN, input: () => ({ userId: 999_999, disabled: false }) },
  "admin.setIdentifiedExports": { allowed: ADMIN, input: () => ({ userId: 999_999, allowed: true }) },
  "admin.accountRequests": { allowed: ADMIN, input: () => undefined },
  "admin.decideAccountRequest": { allowed: ADMIN, input: () => ({ requestId: 999_999, decision: "reject" }) },
  "admin.auditLog": { allowed: ADMIN, input: () => undefined },
  "admin.setCampaignRetention": { allowed: ADMIN, input: (f) => ({ campaignId: f.waveId, days: 30 }) },
  "admin.purgeExpired": { allowed: ADMIN, input: () => undefined },
  "instruments.plugins": { allowed: RESEARCH, input: () => undefined },
  "instruments.versions": { allowed: STAFF, input: () => undefined },
  "instruments.freeze": {
    allowed: RESEARCH,
    input: () => ({ title: "again", plugins: ["organisation", "users", "technology", "context"] }),
  },
  "instruments.preview": {
    allowed: STAFF,
    input: (f) => ({ versionId: f.versionId, role: "staff", locale: "en" }),
  },
  "campaigns.forOrganisation": { allowed: KEY_USER_A, input: (f) => ({ organisationId: f.orgA }) },
  "campaigns.startSelf": {
    allowed: KEY_USER_A,
    input: (f) => ({ organisationId: f.orgA, versionId: f.versionId, name: "Nog een" }),
  },
  "campaigns.close": { allowed: KEY_USER_A, input: (f) => ({ campaignId: f.selfCampaignA }) },
  "campaigns.waves": { allowed: RESEARCH, input: () => undefined },
  "campaigns.createWave": {
    allowed: RESEARCH,
    input: (f) => ({ name: "Golf", versionId: f.versionId, population: [f.orgA, f.orgB] }),
  },
  "invitations.create": {
    allowed: KEY_USER_A,
    input: (f) => ({
      campaignId: f.selfCampaignA,
      organisationId: f.orgA,
      role: "staff",
      recipients: { count: 1 },
    }),
  },
  "invitations.remind": {
    allowed: KEY_USER_A,
    input: (f) => ({ campaignId: f.selfCampaignA, organisationId: f.orgA }),
  },
  "invitations.participation": {
    allowed: KEY_USER_A,
    input: (f) => ({ campaignId: f.selfCampaignA, organisationId: f.orgA }),
  },
  "invitations.register": {
    allowed: KEY_USER_A,
    input: (f) => ({ campaignId: f.selfCampaignA, organisationId: f.orgA }),
  },
  "invitations.resend": {
    allowed: KEY_USER_A,
    input: (f) => ({ campaignId: f.selfCampaignA, organisationId: f.orgA, invitationId: f.invitationId }),
  },
  "invitations.revoke": {
    allowed: KEY_USER_A,
    input: (f) => ({ campaignId: f.selfCampaignA, organisationId: f.orgA, invitationId: f.invitationId }),
  },
  "invitations.disclosure": { allowed: ALL, input: (f) => ({ token: f.token }) },
  "invitations.bulkForWave": {
    allowed: RESEARCH,
    input: (f) => ({ campaignId: f.waveId, role: "staff", perOrganisation: 1 }),
  },
  "survey.open": { allowed: ALL, input: (f) => ({ token: f.token }) },
  "survey.save": {
    allowed: ALL,
    input: (f) => ({
      token: f.token,
      answers: [{ itemId: "org-project-management", value: 4, at: new Date().toISOString() }],
    }),
  },
  "survey.submit": { allowed: ALL, input: () => ({ token: "y".repeat(43) }) },
  "survey.withdraw": { allowed: ALL, input: () => ({ token: "z".repeat(43) }) },
  "survey.ownResult": { allowed: ALL, input: () => ({ token: "u".repeat(43) }) },
  "survey.resume": { allowed: ALL, input: () => ({ token: "v".repeat(43), code: "ACDE-FGHJ" }) },
  "survey.restart": { allowed: ALL, input: () => ({ token: "w".repeat(43) }) },
  "results.overview": {
    allowed: KEY_USER_A,
    input: (f) => ({ organisationId: f.orgA, campaignId: f.selfCampaignA }),
  },
  "results.trend": { allowed: KEY_USER_A, input: (f) => ({ organisationId: f.orgA }) },
  "report.context": {
    allowed: KEY_USER_A,
    input: (f) => ({ organisationId: f.orgA, campaignId: f.selfCampaignA }),
  },
  "report.pdf": {
    allowed: KEY_USER_A,
    input: (f) => ({ organisationId: f.orgA, campaignId: f.selfCampaignA, locale: "nl" }),
  },
  "research.responseRates": { allowed: RESEARCH, input: (f) => ({ campaignId: f.waveId }) },
  "research.descriptives": { allowed: RESEARCH, input: (f) => ({ campaignId: f.waveId }) },
  "research.reliability": { allowed: RESEARCH, input: (f) => ({ campaignId: f.waveId }) },
  "research.regression": {
    allowed: RESEARCH,
    input: (f) => ({
      campaignId: f.waveId,
      dependents: ["capability.efficiency"],
      predictors: ["context.digital-strategy"],
    }),
  },
  "exports.campaign": {
    allowed: RESEARCH,
    input: (f) => ({ campaignId: f.waveId, format: "csv", locale: "en" }),
  },
  "exports.variables": { allowed: RESEARCH, input: (f) => ({ campaignId: f.waveId }) },
  "research.population": { allowed: RESEARCH, input: () => ({ provinces: ["Antwerpen"] }) },
  "research.importPopulation": {
    allowed: RESEARCH,
    input: () => ({ csv: "code,name\nP-1,Proefgemeente\n" }),
  },
};

/** A call was refused by an authorization check (not by validation or a missing record). */
function isDenied(error: unknown): boolean {
  if (!(error instanceof TRPCError)) return false;
  return error.code === "FORBIDDEN" || (error.code === "UNAUTHORIZED" && error.message === "please log in");
}

const procedures = Object.keys(
  (appRouter as unknown as { _def: { procedures: Record<string, unknown> } })._def.procedures,
).sort();

describe.each(await testDatabaseFactories())("authorization matrix on $dialect", (factory) => {
  let api: TestApi;
  let fixture: Fixture;
  const users = new Map<Actor, number>();
  const createCaller = createCallerFactory(appRouter);

  beforeAll(async () => {
    api = await createTestApi(factory);
    const orgA = await api.organisation("A-1");
    const orgB = await api.organisation("B-1");
    const researcher = await api.as({ email: "researcher@test.be", role: "researcher" });
    const keyUserA = await api.as({ email: "a@test.be", role: "keyuser", organisationIds: [orgA] });
    await api.as({ email: "b@test.be", role: "keyuser", organisationIds: [orgB] });
    await api.as({ email: "admin@test.be", role: "admin" });
    for (const [actor, email] of [
      ["researcher", "researcher@test.be"],
      ["keyUserA", "a@test.be"],
      ["keyUserB", "b@test.be"],
      ["admin", "admin@test.be"],
    ] as const) {
      users.set(
        actor,
        (
          await api.handle.db
            .selectFrom("users")
            .select("id")
            .where("email", "=", email)
            .executeTakeFirstOrThrow()
        ).id,
      );
    }
    const versionId = (
      await researcher.instruments.freeze({
        title: "Versie 1",
        plugins: ["organisation", "users", "technology", "context"],
      })
    ).id;
    const selfCampaignA = (
      await keyUserA.campaigns.startSelf({ organisationId: orgA, versionId, name: "A zelf" })
    ).id;
    const waveId = (await researcher.campaigns.createWave({ name: "Golf 1", versionId, population: "all" }))
      .id;
    const { links } = await keyUserA.invitations.create({
      campaignId: selfCampaignA,
      organisationId: orgA,
      role: "director",
      recipients: { count: 1 },
    });
    // A second letter, to resend and revoke without touching the one the survey.* calls use.
    await keyUserA.invitations.create({
      campaignId: selfCampaignA,
      organisationId: orgA,
      role: "staff",
      recipients: { count: 1 },
    });
    const register = await keyUserA.invitations.register({ campaignId: selfCampaignA, organisationId: orgA });
    const invitationId = register.roles.find((r) => r.role === "staff")?.invitations[0]?.id ?? 0;
    fixture = {
      orgA,
      orgB,
      versionId,
      selfCampaignA,
      waveId,
      token: (links[0]?.link ?? "").split("/s/")[1] as string,
      invitationId,
    };
  });
  afterAll(() => api.close());

  it("lists every procedure of the router", () => {
    expect(procedures).toEqual(Object.keys(MATRIX).sort());
  });

  it.each(Object.keys(MATRIX))("%s allows exactly the expected callers", async (path) => {
    const entry = MATRIX[path] as (typeof MATRIX)[string];
    const outcome: Record<string, "allow" | "deny"> = {};
    for (const actor of ACTORS) {
      const userId = users.get(actor);
      // A fresh session per call, so a logout or a password change cannot affect the next call.
      const session = userId === undefined ? null : await createSession(api.handle.db, userId, new Date());
      const caller = createCaller(
        createContextInner(api.services, {
          cookies: memoryCookieJar(session ? { [SESSION_COOKIE]: session.cookie } : {}),
          ip: `10.0.0.${ACTORS.indexOf(actor)}`,
          csrfHeader: session?.csrfToken ?? null,
        }),
      );
      const segments = path.split(".");
      let target: unknown = caller;
      for (const segment of segments) target = (target as Record<string, unknown>)[segment];
      try {
        await (target as (input: unknown) => Promise<unknown>)(entry.input(fixture));
        outcome[actor] = "allow";
      } catch (error) {
        outcome[actor] = isDenied(error) ? "deny" : "allow";
      }
    }
    const expected = Object.fromEntries(
      ACTORS.map((actor) => [actor, entry.allowed.includes(actor) ? "allow" : "deny"]),
    );
    expect(outcome).toEqual(expected);
  });

  it("refuses a cookie-authenticated mutation without the session's CSRF token", async () => {
    const userId = users.get("researcher") as number;
    const session = await createSession(api.handle.db, userId, new Date());
    const caller = createCaller(
      createContextInner(api.services, {
        cookies: memoryCookieJar({ [SESSION_COOKIE]: session.cookie }),
        ip: "10.1.1.1",
        csrfHeader: null,
      }),
    );
    await expect(
      caller.campaigns.createWave({ name: "x", versionId: fixture.versionId, population: "all" }),
    ).rejects.toThrow(/CSRF/);
    // Queries need no token: they change nothing.
    await expect(caller.campaigns.waves()).resolves.toBeInstanceOf(Array);
  });
});
