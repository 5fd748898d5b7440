import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, createTestApi, TEST_PASSWORD, type TestApi } from "../test-fixtures/harness.js";

interface Row {
  action: string;
  userId: number | null;
  campaignId: number | null;
  organisationId: number | null;
  detail: unknown;
}

/** The audit rows written since `after`, oldest first, with their detail parsed. */
async function rowsAfter(api: TestApi, after: number): Promise<Row[]> {
  const rows = await api.handle.db
    .selectFrom("audit_log")
    .select(["id", "action", "user_id", "campaign_id", "organisation_id", "detail"])
    .where("id", ">", after)
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    action: r.action,
    userId: r.user_id,
    campaignId: r.campaign_id,
    organisationId: r.organisation_id,
    detail: r.detail === null ? null : JSON.parse(r.detail),
  }));
}

async function lastId(api: TestApi): Promise<number> {
  const row = await api.handle.db
    .selectFrom("audit_log")
    .select((eb) => eb.fn.max("id").as("id"))
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}

describe.each(await testDatabaseFactories())("the audit log on $dialect", (factory) => {
  let api: TestApi;
  let admin: Caller & { userId: number };
  let researcher: Caller & { userId: number };
  let organisationId: number;
  let waveId: number;

  beforeAll(async () => {
    api = await createTestApi(factory);
    organisationId = await api.organisation("A-1");
    admin = await api.as({ email: "admin@test.be", role: "admin" });
    researcher = await api.as({ email: "r@test.be", role: "researcher" });
    const version = await researcher.instruments.freeze({
      title: "Versie",
      plugins: ["organisation", "users", "technology", "context"],
    });
    waveId = (
      await researcher.campaigns.createWave({ name: "Golf", versionId: version.id, population: "all" })
    ).id;
  });
  afterAll(() => api.close());

  it("records what an admin changed, once per change, and nothing for a call that changed nothing or failed", async () => {
    const before = await lastId(api);
    await admin.admin.updateOrganisation({ id: organisationId, name: "Nieuwe naam" });
    await admin.admin.updateOrganisation({ id: organisationId });
    await expect(admin.admin.updateOrganisation({ id: 424_242, name: "Nergens" })).rejects.toThrow();
    const { id: keyUserId } = await admin.admin.createUser({
      email: "Key@Test.be",
      name: "Sleutel",
      role: "keyuser",
      password: TEST_PASSWORD,
      organisationId,
    });
    const second = await api.organisation("A-2");
    await admin.admin.addMembership({ userId: keyUserId, organisationId: second });
    await admin.admin.addMembership({ userId: keyUserId, organisationId: second });
    await admin.admin.removeMembership({ userId: keyUserId, organisationId: second });
    await admin.admin.setPassword({ userId: keyUserId, password: TEST_PASSWORD });
    const by = admin.userId;
    expect(await rowsAfter(api, before)).toEqual([
      {
        action: "organisation.update",
        userId: by,
        campaignId: null,
        organisationId,
        detail: { name: "Nieuwe naam" },
      },
      {
        action: "account.create",
        userId: by,
        campaignId: null,
        organisationId: null,
        detail: { email: "key@test.be", role: "keyuser" },
      },
      {
        action: "membership.add",
        userId: by,
        campaignId: null,
        organisationId: second,
        detail: { userId: keyUserId },
      },
      {
        action: "membership.remove",
        userId: by,
        campaignId: null,
        organisationId: second,
        detail: { userId: keyUserId },
      },
      {
        action: "account.password-set",
        userId: by,
        campaignId: null,
        organisationId: null,
        detail: { userId: keyUserId },
      },
    ]);
  });

  it("records an approval with the new key user's organisation, and no rejection", async () => {
    const before = await lastId(api);
    const ask = (code: string, email: string) =>
      api.anonymous(`10.0.0.${code.length}`).auth.requestAccount({
        organisationCode: code,
        organisationName: `Gemeente ${code}`,
        name: "Aanvrager",
        email,
      });
    await ask("NEW-1", "new1@test.be");
    await ask("NEW-22", "new2@test.be");
    const [second, first] = await admin.admin.accountRequests();
    await admin.admin.decideAccountRequest({
      requestId: (first as { id: number }).id,
      decision: "approve",
      password: TEST_PASSWORD,
    });
    await admin.admin.decideAccountRequest({ requestId: (second as { id: number }).id, decision: "reject" });
    const created = await api.handle.db
      .selectFrom("organisations")
      .select("id")
      .where("code", "=", "NEW-1")
      .executeTakeFirstOrThrow();
    expect(await rowsAfter(api, before)).toEqual([
      {
        action: "account.approve",
        userId: admin.userId,
        campaignId: null,
        organisationId: created.id,
        detail: { email: "new1@test.be" },
      },
    ]);
  });

  it("records research views and closing a campaign, not closing it again", async () => {
    const before = await lastId(api);
    await researcher.research.descriptives({ campaignId: waveId });
    await researcher.research.reliability({ campaignId: waveId });
    await researcher.research.responseRates({ campaignId: waveId });
    await researcher.campaigns.close({ campaignId: waveId });
    await researcher.campaigns.close({ campaignId: waveId });
    const by = researcher.userId;
    expect(await rowsAfter(api, before)).toEqual([
      {
        action: "research.view",
        userId: by,
        campaignId: waveId,
        organisationId: null,
        detail: { view: "descriptives" },
      },
      {
        action: "research.view",
        userId: by,
        campaignId: waveId,
        organisationId: null,
        detail: { view: "reliability" },
      },
      { action: "campaign.close", userId: by, campaignId: waveId, organisationId: null, detail: null },
    ]);
  });
});
