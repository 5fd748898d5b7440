import { profileFor } from "@maturo/scoring";
import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadInstrumentVersion } from "../shared/instrument-version.js";
import { createTestApi, type TestApi } from "../test-fixtures/harness.js";
import { type DemoLoadResult, loadDemo } from "./load-demo.js";

// The calibration targets of the demo (@maturo/demo), checked on the demo as it lands in the database (SQLite).
const [sqlite] = await testDatabaseFactories();

describe("the demo in the database", () => {
  let api: TestApi;
  let result: DemoLoadResult;
  let currentId: number;
  beforeAll(async () => {
    api = await createTestApi(sqlite as NonNullable<typeof sqlite>);
    const started = Date.now();
    result = await loadDemo(api.services);
    console.info(`demo loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const current = await api.handle.db
      .selectFrom("campaigns")
      .select("id")
      .where("status", "=", "open")
      .executeTakeFirstOrThrow();
    currentId = current.id;
  }, 120_000);
  afterAll(() => api.close());

  it("loads once, with fixed logins and respondent links of the open campaign", async () => {
    expect(result.loaded).toBe(true);
    expect(result.organisations).toBe(300);
    expect(result.logins.map((l) => l.email)).toEqual([
      "admin@example.org",
      "researcher@example.org",
      "keyuser@example.org",
    ]);
    expect(result.links.length).toBeGreaterThan(0);
    const again = await loadDemo(api.services);
    expect(again.loaded).toBe(false);
    const opened = await api
      .anonymous()
      .survey.open({ token: (result.links[0] as string).split("/s/")[1] as string });
    expect(opened.state).toBe("open");
    expect(opened.organisation.name).toMatch(/synthetisch/);
  });

  it("has about 260 respondents (45%) from 183 of 300 organisations (61%) in the current wave", async () => {
    const researcher = await api.as({ email: "r2@test.be", role: "researcher" });
    const rates = await researcher.research.responseRates({ campaignId: currentId });
    expect(rates.total.submitted).toBeGreaterThanOrEqual(250);
    expect(rates.total.submitted).toBeLessThanOrEqual(270);
    expect(rates.total.responseRate).toBeGreaterThan(43);
    expect(rates.total.responseRate).toBeLessThan(47);
    expect(rates.organisations.covered).toBeGreaterThanOrEqual(178);
    expect(rates.organisations.covered).toBeLessThanOrEqual(188);
    expect(rates.organisations.population).toBe(300);
  });

  it("puts each seed item's % positive within 2 points of the seed", async () => {
    const researcher = await api.as({ email: "r3@test.be", role: "researcher" });
    const descriptives = await researcher.research.descriptives({ campaignId: currentId });
    const version = await loadInstrumentVersion(
      api.handle.db,
      (
        await api.handle.db
          .selectFrom("campaigns")
          .select("instrument_version_id")
          .where("id", "=", currentId)
          .executeTakeFirstOrThrow()
      ).instrument_version_id,
    );
    const seeded = version.compiled.items.filter((i) => i.seed);
    expect(seeded.length).toBe(21);
    for (const item of seeded) {
      const stat = descriptives.items.find((s) => s.itemId === item.id);
      expect(
        Math.abs((stat?.percentPositive ?? -100) - (item.seed?.percentPositive ?? 0)),
        item.id,
      ).toBeLessThanOrEqual(2);
    }
  });

  it("gives scales alphas around .7–.9 and organisations in all four profiles", async () => {
    const researcher = await api.as({ email: "r4@test.be", role: "researcher" });
    const reliability = await researcher.research.reliability({ campaignId: currentId });
    const capabilityAndLegacy = reliability.scales.filter((s) => /^(capability|legacy)\./.test(s.nodeId));
    for (const scale of capabilityAndLegacy) {
      expect(scale.alpha, scale.nodeId).toBeGreaterThan(0.6);
      expect(scale.alpha, scale.nodeId).toBeLessThan(0.95);
    }
    // The two yes/no variables are said to be yes/no questions, not a scale of zero items.
    const yesNo = reliability.scales.filter((s) => s.reason === "yes/no questions: not a scale, so no alpha");
    expect(yesNo.map((s) => s.nodeId).sort()).toEqual([
      "context.alderman-digital",
      "context.it-in-management",
    ]);
    expect(yesNo.every((s) => s.k > 0)).toBe(true);
    const rows = await api.handle.db
      .selectFrom("respondent_scores")
      .select(["organisation_id", "node_id", (eb) => eb.fn.avg<number>("score").as("mean")])
      .where("campaign_id", "=", currentId)
      .where("node_id", "in", ["capability", "legacy"])
      .groupBy(["organisation_id", "node_id"])
      .execute();
    const byOrg = new Map<number, { capability?: number; legacy?: number }>();
    for (const r of rows)
      byOrg.set(r.organisation_id, { ...byOrg.get(r.organisation_id), [r.node_id]: Number(r.mean) });
    const version = await loadInstrumentVersion(api.handle.db, 1);
    const profiles = new Set(
      [...byOrg.values()]
        .map((s) => profileFor(version.compiled, s.capability ?? null, s.legacy ?? null)?.id)
        .filter(Boolean),
    );
    expect([...profiles].sort()).toEqual(["A", "B", "C", "D"]);
  });

  it("shows the demo key user's organisation results with a benchmark", async () => {
    const org = await api.handle.db
      .selectFrom("organisations")
      .select("id")
      .where("code", "=", "DEMO-001")
      .executeTakeFirstOrThrow();
    const fresh = await api.as({ email: "k3@test.be", role: "keyuser", organisationIds: [org.id] });
    const overview = await fresh.results.overview({ organisationId: org.id, campaignId: currentId });
    if (overview.status !== "shown") throw new Error(overview.message);
    expect(overview.profile).not.toBeNull();
    const all = overview.benchmarks
      .find((b) => b.nodeId === "capability")
      ?.groups.find((g) => g.scope === "all");
    expect(all?.status).toBe("shown");
    const trend = await fresh.results.trend({ organisationId: org.id });
    expect(trend.length).toBe(2);
  });
});
