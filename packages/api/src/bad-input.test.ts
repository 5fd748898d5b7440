import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, createTestApi, type TestApi } from "./test-fixtures/harness.js";

describe.each(await testDatabaseFactories())("input that points at nothing on $dialect", (factory) => {
  let api: TestApi;
  let researcher: Caller;
  let admin: Caller;
  let versionId: number;
  let orgId: number;
  beforeAll(async () => {
    api = await createTestApi(factory);
    orgId = await api.organisation("P-1");
    researcher = await api.as({ email: "r@test.be", role: "researcher" });
    admin = await api.as({ email: "a@test.be", role: "admin" });
    versionId = (
      await researcher.instruments.freeze({
        title: "Versie",
        plugins: ["organisation", "users", "technology", "context"],
      })
    ).id;
  });
  afterAll(() => api.close());

  it("names the population entry that is no organisation, and creates no wave", async () => {
    await expect(
      researcher.campaigns.createWave({ name: "Golf", versionId, population: [orgId, 424_242] }),
    ).rejects.toThrow("population.1: no organisation with id 424242");
    expect(await researcher.campaigns.waves()).toEqual([]);
    const wave = await researcher.campaigns.createWave({
      name: "Golf",
      versionId,
      population: [orgId, orgId],
    });
    expect(wave.population).toBe(1);
  });

  it("answers NOT_FOUND for a user or campaign that does not exist instead of doing nothing", async () => {
    await expect(admin.admin.setDisabled({ userId: 424_242, disabled: true })).rejects.toThrow(
      "user not found",
    );
    await expect(admin.admin.setCampaignRetention({ campaignId: 424_242, days: 30 })).rejects.toThrow(
      "campaign not found",
    );
  });
});
