import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, createTestApi, type TestApi } from "../test-fixtures/harness.js";

/** A rejection by input validation whose first problem is at `field`. */
const namesField =
  (field: string) =>
  (error: unknown): boolean => {
    const cause = (error as { cause?: { issues?: { path: PropertyKey[] }[] } }).cause;
    return cause?.issues?.[0]?.path.join(".") === field;
  };

describe.each(await testDatabaseFactories())("organisations and memberships on $dialect", (factory) => {
  let api: TestApi;
  let admin: Caller;
  beforeAll(async () => {
    api = await createTestApi(factory);
    admin = await api.as({ email: "admin@test.be", role: "admin" });
  });
  afterAll(() => api.close());

  it("searches organisations by name or code in any case, a page at a time, and refuses a bad page", async () => {
    for (let i = 1; i <= 12; i++)
      await admin.admin.createOrganisation({
        code: `ZOEK${String(i).padStart(2, "0")}`,
        name: `Zoekdorp ${i}`,
      });
    await admin.admin.createOrganisation({ code: "ANDER", name: "100%_Zoekdorp" });
    const first = await admin.admin.organisationPage({ search: "zoekDORP ", pageSize: 5 });
    expect(first.total).toBe(13);
    expect(first.rows.map((o) => o.name)).toEqual([
      "100%_Zoekdorp",
      "Zoekdorp 1",
      "Zoekdorp 10",
      "Zoekdorp 11",
      "Zoekdorp 12",
    ]);
    const last = await admin.admin.organisationPage({ search: "zoekdorp", page: 3, pageSize: 5 });
    expect(last.rows.map((o) => o.name)).toEqual(["Zoekdorp 7", "Zoekdorp 8", "Zoekdorp 9"]);
    expect((await admin.admin.organisationPage({ search: "zoek07" })).rows.map((o) => o.code)).toEqual([
      "ZOEK07",
    ]);
    // `%` and `_` are searched for as typed, not as wildcards.
    expect((await admin.admin.organisationPage({ search: "%_z" })).rows.map((o) => o.code)).toEqual([
      "ANDER",
    ]);
    expect((await admin.admin.organisationPage({ search: "%" })).total).toBe(1);
    await expect(admin.admin.organisationPage({ page: 0 })).rejects.toSatisfy(namesField("page"));
    await expect(admin.admin.organisationPage({ pageSize: 1000 })).rejects.toSatisfy(namesField("pageSize"));
  });

  it("changes only the fields given, keeps the code, and logs who changed what", async () => {
    const { id } = await admin.admin.createOrganisation({
      code: "44021",
      name: "Gent",
      province: "Oost-Vlaanderen",
      sizeClass: "large",
    });
    await admin.admin.updateOrganisation({ id, sizeClass: "very large" });
    await admin.admin.updateOrganisation({ id, name: "Stad Gent", kind: "municipality" });
    const organisation = (await admin.admin.organisations()).find((o) => o.id === id);
    expect(organisation).toEqual({
      id,
      code: "44021",
      name: "Stad Gent",
      kind: "municipality",
      province: "Oost-Vlaanderen",
      sizeClass: "very large",
    });
    const log = await admin.admin.auditLog({ limit: 10 });
    expect(log.filter((e) => e.action === "organisation.update")).toHaveLength(2);
  });

  it("names the field of a bad update and answers NOT_FOUND for an unknown organisation", async () => {
    const { id } = await admin.admin.createOrganisation({ code: "11002", name: "Antwerpen" });
    await expect(admin.admin.updateOrganisation({ id, name: "" })).rejects.toSatisfy(namesField("name"));
    await expect(
      admin.admin.updateOrganisation({ id, kind: "city" as unknown as "municipality" }),
    ).rejects.toSatisfy(namesField("kind"));
    await expect(admin.admin.updateOrganisation({ id: 424_242, name: "Nergens" })).rejects.toThrow(
      "organisation not found",
    );
    expect((await admin.admin.organisations()).find((o) => o.id === id)?.name).toBe("Antwerpen");
  });

  it("lets a key user serve a second organisation, and never leaves one without any", async () => {
    const first = await api.organisation("M-1", { name: "Gemeente Een" });
    const second = await api.organisation("M-2", { name: "Gemeente Twee" });
    const keyUser = await api.as({ email: "key@test.be", role: "keyuser", organisationIds: [first] });
    await expect(keyUser.results.trend({ organisationId: second })).rejects.toThrow(
      "you are not a key user of this organisation",
    );

    await admin.admin.addMembership({ userId: keyUser.userId, organisationId: second });
    await admin.admin.addMembership({ userId: keyUser.userId, organisationId: second });
    const me = await keyUser.auth.me();
    expect(me?.organisations.map((o) => o.name).sort()).toEqual(["Gemeente Een", "Gemeente Twee"]);
    await expect(keyUser.results.trend({ organisationId: second })).resolves.toBeDefined();

    await admin.admin.removeMembership({ userId: keyUser.userId, organisationId: first });
    await expect(keyUser.results.trend({ organisationId: first })).rejects.toThrow(
      "you are not a key user of this organisation",
    );
    await expect(
      admin.admin.removeMembership({ userId: keyUser.userId, organisationId: second }),
    ).rejects.toThrow("organisationId: a key user keeps at least one organisation");
    await expect(
      admin.admin.removeMembership({ userId: keyUser.userId, organisationId: first }),
    ).rejects.toThrow("membership not found");
    const log = await admin.admin.auditLog({ limit: 20 });
    expect(log.filter((e) => e.action.startsWith("membership.")).map((e) => e.action)).toEqual([
      "membership.remove",
      "membership.add",
    ]);
  });

  it("gives organisations to key users only, and only organisations that exist", async () => {
    const organisationId = await api.organisation("M-3");
    const researcher = await api.as({ email: "onderzoek@test.be", role: "researcher" });
    await expect(admin.admin.addMembership({ userId: researcher.userId, organisationId })).rejects.toThrow(
      "userId: only key users belong to organisations",
    );
    const keyUser = await api.as({
      email: "key3@test.be",
      role: "keyuser",
      organisationIds: [organisationId],
    });
    await expect(
      admin.admin.addMembership({ userId: keyUser.userId, organisationId: 424_242 }),
    ).rejects.toThrow("organisationId: no such organisation");
    await expect(admin.admin.addMembership({ userId: 424_242, organisationId })).rejects.toThrow(
      "user not found",
    );
  });
});
