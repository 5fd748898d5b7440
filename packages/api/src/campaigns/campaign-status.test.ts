import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../test-fixtures/harness.js";

describe.each(await testDatabaseFactories())("campaign status from its dates on $dialect", (factory) => {
  // Sessions are created at the real time; the clock moves a few days from there, within their life.
  const start = Date.now();
  const day = 86_400_000;
  let clock = new Date(start);
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(factory, { now: () => clock });
  });
  afterAll(() => api.close());

  it("shows a wave opening in three days as scheduled, then open, then closed once its closing date passed", async () => {
    const orgId = await api.organisation("S-1");
    const researcher = await api.as({ email: "r@test.be", role: "researcher" });
    const keyUser = await api.as({ email: "k@test.be", role: "keyuser", organisationIds: [orgId] });
    const { id: versionId } = await researcher.instruments.freeze({
      title: "Versie",
      plugins: ["organisation", "users", "technology", "context"],
    });
    const { id } = await researcher.campaigns.createWave({
      name: "Maart",
      versionId,
      population: "all",
      opensAt: new Date(start + 3 * day).toISOString(),
      closesAt: new Date(start + 6 * day).toISOString(),
    });
    const statuses = async () => ({
      wave: (await researcher.campaigns.waves()).find((w) => w.id === id)?.status,
      portal: (await keyUser.campaigns.forOrganisation({ organisationId: orgId })).find((c) => c.id === id)
        ?.status,
    });
    expect(await statuses()).toEqual({ wave: "scheduled", portal: "scheduled" });
    clock = new Date(start + 4 * day);
    expect(await statuses()).toEqual({ wave: "open", portal: "open" });
    clock = new Date(start + 6 * day);
    expect(await statuses()).toEqual({ wave: "closed", portal: "closed" });
  });
});
