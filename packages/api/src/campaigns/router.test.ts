import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../errors.js";
import { type Caller, createTestApi, type TestApi } from "../test-fixtures/harness.js";

/** A BAD_REQUEST that names `field` and words the problem in Dutch and English. */
const badField =
  (field: string) =>
  (error: unknown): boolean => {
    const cause = (error as { code?: string; cause?: unknown }).cause;
    return (
      (error as { code?: string }).code === "BAD_REQUEST" &&
      cause instanceof AppError &&
      cause.field === field &&
      cause.messageIn("en").startsWith(`${field}: `) &&
      cause.messageIn("nl").startsWith(`${field}: `) &&
      cause.messageIn("nl") !== cause.messageIn("en")
    );
  };

describe.each(await testDatabaseFactories())("campaign dates on $dialect", (factory) => {
  const now = new Date("2026-03-01T12:00:00Z");
  let api: TestApi;
  let researcher: Caller;
  let keyUser: Caller;
  let organisationId: number;
  let versionId: number;
  beforeAll(async () => {
    api = await createTestApi(factory, { now: () => now });
    organisationId = await api.organisation("D-1");
    researcher = await api.as({ email: "r@test.be", role: "researcher" });
    keyUser = await api.as({ email: "k@test.be", role: "keyuser", organisationIds: [organisationId] });
    versionId = (
      await researcher.instruments.freeze({
        title: "Versie",
        plugins: ["organisation", "users", "technology", "context"],
        published: true,
      })
    ).id;
  });
  afterAll(() => api.close());

  it("refuses a wave that closes before (or when) it opens, naming closesAt, and creates nothing", async () => {
    const wave = { name: "Golf", versionId, population: "all" as const };
    await expect(
      researcher.campaigns.createWave({
        ...wave,
        opensAt: "2026-10-24T00:00:00Z",
        closesAt: "2026-10-01T00:00:00Z",
      }),
    ).rejects.toSatisfy(badField("closesAt"));
    await expect(
      researcher.campaigns.createWave({
        ...wave,
        opensAt: "2026-10-24T00:00:00Z",
        closesAt: "2026-10-24T00:00:00Z",
      }),
    ).rejects.toThrow("closesAt: the closing date must be after the opening date");
    // Without an opening date the wave opens now.
    await expect(
      researcher.campaigns.createWave({ ...wave, closesAt: "2026-02-01T00:00:00Z" }),
    ).rejects.toSatisfy(badField("closesAt"));
    expect(await researcher.campaigns.waves()).toEqual([]);

    const created = await researcher.campaigns.createWave({
      ...wave,
      opensAt: "2026-10-01T00:00:00Z",
      closesAt: "2026-10-24T00:00:00Z",
    });
    expect(created.population).toBe(1);
    expect((await researcher.campaigns.waves()).map((w) => w.id)).toEqual([created.id]);
  });

  it("refuses a key user's own assessment that closes before it opens (now)", async () => {
    const start = { organisationId, versionId, name: "Zelfevaluatie" };
    await expect(
      keyUser.campaigns.startSelf({ ...start, closesAt: "2026-02-28T00:00:00Z" }),
    ).rejects.toSatisfy(badField("closesAt"));
    const ownAssessments = async (): Promise<number[]> =>
      (await keyUser.campaigns.forOrganisation({ organisationId }))
        .filter((c) => c.kind === "self")
        .map((c) => c.id);
    expect(await ownAssessments()).toEqual([]);
    const { id } = await keyUser.campaigns.startSelf({ ...start, closesAt: "2026-04-01T00:00:00Z" });
    expect(await ownAssessments()).toEqual([id]);
  });
});
