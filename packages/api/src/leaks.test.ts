import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, createTestApi, type TestApi } from "./test-fixtures/harness.js";

/** What a caller learns from a refusal: its status and its words. */
async function refusal(call: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = (await call.then(
    () => ({ code: "none", message: "answered" }),
    (e: unknown) => e,
  )) as { code: string; message: string };
  return { code: error.code, message: error.message };
}

describe.each(await testDatabaseFactories())("what a key user cannot learn on $dialect", (factory) => {
  let clock = new Date();
  let api: TestApi;
  let researcher: Caller;
  let keyUser: Caller;
  let own: number;
  let ownCampaign: number;
  let othersCampaign: number;
  let draftVersion: number;
  let publishedVersion: number;
  beforeAll(async () => {
    api = await createTestApi(factory, { now: () => clock });
    own = await api.organisation("L-1");
    const other = await api.organisation("L-2");
    researcher = await api.as({ email: "r@test.be", role: "researcher" });
    keyUser = await api.as({ email: "k@test.be", role: "keyuser", organisationIds: [own] });
    const otherKeyUser = await api.as({ email: "o@test.be", role: "keyuser", organisationIds: [other] });
    const plugins = ["organisation", "users", "technology", "context"];
    publishedVersion = (await researcher.instruments.freeze({ title: "Gepubliceerd", plugins })).id;
    draftVersion = (
      await researcher.instruments.freeze({
        title: "Ontwerp",
        plugins: plugins.slice(0, 3),
        published: false,
      })
    ).id;
    const start = (caller: Caller, organisationId: number) =>
      caller.campaigns.startSelf({ organisationId, versionId: publishedVersion, name: "Zelfevaluatie" });
    ownCampaign = (await start(keyUser, own)).id;
    othersCampaign = (await start(otherKeyUser, other)).id;
  });
  afterAll(() => api.close());

  it("cannot preview an unpublished instrument version: it answers as an unknown one", async () => {
    const preview = (versionId: number) => ({ versionId, role: "staff" as const, locale: "nl" as const });
    expect((await keyUser.instruments.preview(preview(publishedVersion))).title).toBe("Gepubliceerd");
    expect((await researcher.instruments.preview(preview(draftVersion))).title).toBe("Ontwerp");
    const draft = await refusal(keyUser.instruments.preview(preview(draftVersion)));
    expect(draft).toEqual({ code: "NOT_FOUND", message: "instrument version not found" });
    expect(await refusal(keyUser.instruments.preview(preview(424_242)))).toEqual(draft);
  });

  it("gets the same answer for another organisation's campaign as for an unknown one in a trend", async () => {
    expect(await keyUser.results.trend({ organisationId: own, untilCampaignId: ownCampaign })).toEqual([]);
    const others = await refusal(
      keyUser.results.trend({ organisationId: own, untilCampaignId: othersCampaign }),
    );
    expect(others.code).toBe("NOT_FOUND");
    expect(await refusal(keyUser.results.trend({ organisationId: own, untilCampaignId: 424_242 }))).toEqual(
      others,
    );
    const overview = await refusal(
      keyUser.results.overview({ organisationId: own, campaignId: othersCampaign }),
    );
    expect(await refusal(keyUser.results.overview({ organisationId: own, campaignId: 424_242 }))).toEqual(
      overview,
    );
  });

  it("makes at most ten PDF reports a minute", async () => {
    const pdf = () => keyUser.report.pdf({ organisationId: own, campaignId: ownCampaign, locale: "nl" });
    for (let i = 0; i < 10; i++) expect((await pdf()).contentType).toBe("application/pdf");
    expect(await refusal(pdf())).toEqual({
      code: "TOO_MANY_REQUESTS",
      message: "too many PDF reports in one minute; try again in a minute",
    });
    clock = new Date(clock.getTime() + 61_000);
    expect((await pdf()).contentType).toBe("application/pdf");
  }, 60_000);
});
