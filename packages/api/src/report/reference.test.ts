import { buildReport, leverSentences } from "@maturo/report";
import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../demo/load-demo.js";
import { loadInstrumentVersion } from "../shared/instrument-version.js";
import { referenceWave } from "../shared/reference-wave.js";
import { type Caller, createTestApi, type TestApi } from "../test-fixtures/harness.js";
import { submitQuestionnaire } from "../test-fixtures/submit-questionnaire.js";
import { leverDrivers } from "./lever-drivers.js";

// The demo's closed wave as the reference of a municipality's own campaign (SQLite: loading the demo
// is the slow part).
const [sqlite] = await testDatabaseFactories();

describe("the reference benchmark and levers of an own campaign on the demo", () => {
  let api: TestApi;
  let wave: { id: number; name: string; versionId: number };
  let researcher: Caller;

  /** A municipality of `kind` with its own campaign on the wave's instrument, answered by five respondents. */
  async function ownCampaign(code: string, kind: string) {
    const organisationId = await api.organisation(code, { province: "Antwerpen", sizeClass: "10-20k" });
    await api.handle.db.updateTable("organisations").set({ kind }).where("id", "=", organisationId).execute();
    const keyUser = await api.as({
      email: `key-${code}@test.be`,
      role: "keyuser",
      organisationIds: [organisationId],
    });
    const { id: campaignId } = await keyUser.campaigns.startSelf({
      organisationId,
      versionId: wave.versionId,
      name: "Eigen bevraging",
    });
    for (const [i, role] of (["director", "manager", "staff", "staff", "staff"] as const).entries()) {
      const { links } = await keyUser.invitations.create({
        campaignId,
        organisationId,
        role,
        recipients: { count: 1 },
      });
      await submitQuestionnaire(
        api,
        links[0]?.link as string,
        (item) => 1 + ((i + item.points) % item.points),
      );
    }
    const input = { organisationId, campaignId };
    const [overview, context, trend] = await Promise.all([
      keyUser.results.overview(input),
      keyUser.report.context(input),
      keyUser.results.trend({ organisationId, untilCampaignId: campaignId }),
    ]);
    return {
      keyUser,
      input,
      context,
      report: (scope: "all" | "province" | "sizeClass") => buildReport({ overview, trend, context, scope }),
    };
  }

  beforeAll(async () => {
    api = await createTestApi(sqlite as NonNullable<typeof sqlite>);
    await loadDemo(api.services);
    const row = await api.handle.db
      .selectFrom("campaigns")
      .select(["id", "name", "instrument_version_id as versionId"])
      .where("status", "=", "closed")
      .where("kind", "=", "wave")
      .executeTakeFirstOrThrow();
    wave = row;
    researcher = await api.as({ email: "r@test.be", role: "researcher" });
  }, 180_000);
  afterAll(() => api.close());

  it("compares with the closed wave's municipalities by median and quartiles, and ranks the levers by gap × β", async () => {
    const { context, report } = await ownCampaign("OWN-1", "municipality");
    expect(context.reference?.wave).toEqual({ id: wave.id, name: wave.name });
    const shown = report("all");
    if (shown.status !== "shown") throw new Error("expected shown results");
    expect(shown.reference?.wave.name).toBe(wave.name);
    const capability = shown.reference?.rows.find((r) => r.nodeId === "capability");
    expect(capability?.figure?.organisations).toBeGreaterThan(100);
    const { q1, median, q3 } = capability?.figure ?? { q1: 0, median: 0, q3: 0 };
    expect(q1).toBeLessThanOrEqual(median);
    expect(median).toBeLessThanOrEqual(q3);

    // The drivers are the console's models of the wave: each capability category on every context
    // scale, respondent level, errors clustered by organisation; the largest β with p < .05.
    const scales = context.reference?.scales.map((s) => s.nodeId) ?? [];
    const dependents = context.reference?.models.map((m) => m.nodeId) ?? [];
    expect(scales).toHaveLength(13);
    expect(dependents).toEqual(["capability.efficiency", "capability.innovation", "capability.balance"]);
    const console = await researcher.research.regression({
      campaignId: wave.id,
      dependents,
      predictors: scales,
      standardized: true,
      level: "respondent",
      cluster: "cr1",
    });
    const drivers = context.reference?.drivers ?? [];
    expect(drivers.length).toBeGreaterThan(0);
    for (const scale of scales) {
      const significant = console.models.flatMap((model, index) => {
        const c = model.coefficients.find((x) => x.term === scale);
        return c && c.beta !== null && (c.clusterP ?? 1) < 0.05 ? [{ index, beta: c.beta }] : [];
      });
      const best = significant.sort((a, b) => b.beta - a.beta)[0];
      const driver = drivers.find((d) => d.nodeId === scale);
      if (!best) expect(driver).toBeUndefined();
      else expect(driver).toMatchObject({ beta: best.beta, model: { nodeId: dependents[best.index] } });
    }

    const levers = shown.levers?.rows ?? [];
    expect(levers.map((l) => l.nodeId).sort()).toEqual([...scales].sort());
    const priorities = levers.flatMap((l) => (l.priority === null ? [] : [l.priority]));
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    for (const lever of levers)
      if (lever.priority !== null && lever.figure && lever.own !== null && lever.driver)
        expect(lever.priority).toBeCloseTo((lever.figure.median - lever.own) * lever.driver.beta, 12);
  }, 120_000);

  it("gives the same reference whatever weighting the reader picks, and fits the wave's models once", async () => {
    const { keyUser, input, context } = await ownCampaign("OWN-3", "municipality");
    const balanced = await keyUser.report.context({ ...input, weighting: "balanced" });
    expect(balanced.reference).toEqual(context.reference);
    const db = api.handle.db;
    const found = await referenceWave(
      db,
      { campaignId: input.campaignId, compiled: (await loadInstrumentVersion(db, wave.versionId)).compiled },
      new Date(),
    );
    if (!found) throw new Error("expected the demo's closed wave");
    expect(found.campaign.id).toBe(wave.id);
    // The same object: the second request did not fit the models again.
    expect(await leverDrivers(db, found, new Date())).toBe(await leverDrivers(db, found, new Date()));
  }, 120_000);

  it("withholds every reference figure of an organisation whose kind has fewer than 5 others in the wave", async () => {
    const { report } = await ownCampaign("OWN-2", "ocmw");
    const shown = report("all");
    if (shown.status !== "shown") throw new Error("expected shown results");
    expect(shown.reference?.rows.length).toBeGreaterThan(0);
    for (const row of shown.reference?.rows ?? []) {
      expect(row.figure).toBeNull();
      expect(row.withheld?.key).toBe("reason_too-few-organisations");
    }
  }, 120_000);
});

describe.each(await testDatabaseFactories())(
  "the reference of a small closed wave on $dialect",
  (factory) => {
    let api: TestApi;
    beforeAll(async () => {
      api = await createTestApi(factory);
    }, 60_000);
    afterAll(() => api.close());

    it("compares with a wave of 5 organisations, and says when its capability models cannot be estimated", async () => {
      const researcher = await api.as({ email: "r@test.be", role: "researcher" });
      const { id: versionId } = await researcher.instruments.freeze({
        title: "Maturo",
        plugins: ["organisation", "users", "technology", "context"],
      });
      const population: number[] = [];
      for (let i = 0; i < 5; i++) population.push(await api.organisation(`W-${i}`));
      const { id: waveId } = await researcher.campaigns.createWave({
        name: "Golf klein",
        versionId,
        population,
      });
      const { links } = await researcher.invitations.bulkForWave({
        campaignId: waveId,
        role: "director",
        perOrganisation: 1,
      });
      for (const [i, invited] of links.entries())
        await submitQuestionnaire(api, invited.link, (item) => 1 + ((i + item.points) % item.points));
      await researcher.campaigns.close({ campaignId: waveId });

      const organisationId = await api.organisation("OWN-S");
      const keyUser = await api.as({ email: "key@s.be", role: "keyuser", organisationIds: [organisationId] });
      const { id: campaignId } = await keyUser.campaigns.startSelf({
        organisationId,
        versionId,
        name: "Eigen",
      });
      for (let r = 0; r < 4; r++) {
        const { links: own } = await keyUser.invitations.create({
          campaignId,
          organisationId,
          role: "staff",
          recipients: { count: 1 },
        });
        await submitQuestionnaire(
          api,
          own[0]?.link as string,
          (item) => 1 + ((r + item.points) % item.points),
        );
      }
      const input = { organisationId, campaignId };
      const [overview, context, trend] = await Promise.all([
        keyUser.results.overview(input),
        keyUser.report.context(input),
        keyUser.results.trend({ organisationId, untilCampaignId: campaignId }),
      ]);
      const report = buildReport({ overview, trend, context, scope: "all" });
      if (report.status !== "shown") throw new Error("expected shown results");
      expect(report.reference?.wave.name).toBe("Golf klein");
      expect(report.reference?.rows.find((r) => r.nodeId === "capability")?.figure?.organisations).toBe(5);
      // Five directors cannot carry 13 context scales: no models, no drivers, and the levers say so.
      expect(context.reference?.models).toEqual([]);
      expect(context.reference?.drivers).toEqual([]);
      const levers = report.levers;
      const first = levers?.rows[0];
      if (!levers || !first) throw new Error("expected levers");
      expect(levers.rows.every((r) => r.priority === null)).toBe(true);
      expect(leverSentences(first, levers, "en").at(-1)).toBe(
        "Golf klein has too few complete answers to estimate the digital capability models: only the comparison is shown here.",
      );
    }, 120_000);
  },
);
