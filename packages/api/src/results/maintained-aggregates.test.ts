import type { Role } from "@maturo/model";
import { testDatabaseFactories } from "@maturo/vitest-config";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submittedResponses } from "../shared/submitted-responses.js";
import { type Caller, createTestApi, type TestApi } from "../test-fixtures/harness.js";
import { loadPeersState } from "./figure-state.js";
import { responseFingerprints } from "./queries.js";

/**
 * What the dashboard keeps instead of aggregating a whole campaign per request (issue 18) equals
 * the same figures recomputed from scratch after any sequence of submissions and withdrawals: the
 * submission tallies (the benchmark time rule's fingerprints) and the benchmark snapshot, which a
 * refresh updates only for the organisations whose respondents changed.
 */
describe.each(await testDatabaseFactories())("maintained result aggregates on $dialect", (factory) => {
  let api: TestApi;
  let researcher: Caller;
  let versionId: number;

  beforeAll(async () => {
    api = await createTestApi(factory);
    researcher = await api.as({ email: "researcher@tally.be", role: "researcher" });
    versionId = (
      await researcher.instruments.freeze({
        title: "Maturo",
        plugins: ["organisation", "users", "technology", "context"],
      })
    ).id;
  });
  afterAll(() => api.close());

  /** Per organisation, count, id sum, least and greatest id of its submitted responses, grouped now. */
  async function fingerprintsFromScratch(campaignId: number): Promise<Record<string, string>> {
    const rows = await submittedResponses(api.handle.db, campaignId)
      .select([
        "r.organisation_id as organisationId",
        sql<number | string>`count(*)`.as("n"),
        sql<number | string>`sum(r.id)`.as("sum"),
        sql<number>`min(r.id)`.as("least"),
        sql<number>`max(r.id)`.as("greatest"),
      ])
      .groupBy("r.organisation_id")
      .execute();
    return Object.fromEntries(
      rows.map((row) => [
        String(row.organisationId),
        [row.n, row.sum, row.least, row.greatest].map((v) => String(Number(v))).join(":"),
      ]),
    );
  }

  it("tallies and benchmark snapshots equal a recomputation after submissions and withdrawals", async () => {
    const orgs: number[] = [];
    for (let i = 0; i < 10; i += 1)
      orgs.push(
        await api.organisation(`T-${i}`, { province: i < 6 ? "Limburg" : "Namen", sizeClass: "10-20k" }),
      );
    const wave = await researcher.campaigns.createWave({ name: "Golf", versionId, population: orgs });
    const keyUser = await api.as({ email: "key@tally.be", role: "keyuser", organisationIds: orgs });
    const given: { org: number; token: string; device: Caller }[] = [];

    async function submit(org: number, role: Role, seed: number): Promise<void> {
      const { links } = await keyUser.invitations.create({
        campaignId: wave.id,
        organisationId: org,
        role,
        recipients: { count: 1 },
      });
      const token = (links[0]?.link ?? "").split("/s/")[1] as string;
      const device = api.anonymous();
      const opened = await device.survey.open({ token, locale: "nl" });
      const answers = opened.sections.flatMap((s) =>
        s.items
          .filter((i) => i.showIf === null)
          .map((i, n) => ({
            itemId: i.id,
            value: ((n * 7 + seed) % i.points) + 1,
            at: new Date().toISOString(),
          })),
      );
      for (let i = 0; i < answers.length; i += 100)
        await device.survey.save({ token, answers: answers.slice(i, i + 100) });
      await device.survey.submit({ token });
      given.push({ org, token, device });
    }
    const nodeIds = ["capability", "capability.efficiency", "legacy", "legacy.technology"];
    const target = { organisationId: orgs[0] as number, campaignId: wave.id };

    async function expectMaintainedEqualsRecomputed(): Promise<void> {
      const kept = await responseFingerprints(api.handle.db, wave.id);
      expect(kept).toEqual(await fingerprintsFromScratch(wave.id));
      // A look at the dashboard replaces the benchmark snapshot (every step changes ≥ 6 organisations).
      const overview = await keyUser.results.overview(target);
      expect(overview.status).toBe("shown");
      const stored = await api.handle.db
        .selectFrom("benchmark_snapshots")
        .select(["basis", "state"])
        .where("campaign_id", "=", wave.id)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(stored.basis)).toEqual(kept);
      const recomputed = await loadPeersState(api.handle.db, wave.id, nodeIds);
      const state = JSON.parse(stored.state) as typeof recomputed;
      expect(Object.keys(state.scores).sort()).toEqual(Object.keys(recomputed.scores).sort());
      // The organisations as grouped: as they are now, read when the snapshot was replaced.
      const attributes = await api.handle.db
        .selectFrom("organisations")
        .select(["id", "province", "size_class", "kind"])
        .where("id", "in", Object.keys(recomputed.scores).map(Number))
        .execute();
      expect(state.organisations).toEqual(Object.fromEntries(attributes.map((o) => [String(o.id), o])));
      for (const [org, scores] of Object.entries(recomputed.scores))
        for (const node of nodeIds) expect(state.scores[org]?.[node] ?? null).toBe(scores[node] ?? null);
    }

    // Every organisation answers: four respondents in the first (k + 1, the key-user floor), one or two elsewhere.
    for (let i = 0; i < 4; i += 1) await submit(orgs[0] as number, "staff", i);
    for (const [i, org] of orgs.slice(1).entries()) {
      await submit(org, "director", i);
      if (i % 2 === 0) await submit(org, "staff", i + 3);
    }
    await expectMaintainedEqualsRecomputed();

    // A peer moves to another province: its benchmark groups stay as shown until the next refresh.
    const moved = orgs[9] as number;
    const before = await keyUser.results.overview(target);
    await api.handle.db
      .updateTable("organisations")
      .set({ province: "Limburg" })
      .where("id", "=", moved)
      .execute();
    expect(await keyUser.results.overview(target)).toEqual(before);

    // Six organisations change: three withdraw a respondent, three gain one.
    for (const org of orgs.slice(1, 4)) {
      const respondent = given.find((g) => g.org === org) as (typeof given)[number];
      await respondent.device.survey.withdraw({ token: respondent.token });
    }
    for (const [i, org] of orgs.slice(4, 7).entries()) await submit(org, "staff", 20 + i);
    await expectMaintainedEqualsRecomputed();

    // Every respondent of six organisations withdraws: they leave the benchmarks.
    for (const org of orgs.slice(4, 10))
      for (const respondent of given.filter((g) => g.org === org))
        await respondent.device.survey.withdraw({ token: respondent.token });
    await expectMaintainedEqualsRecomputed();
    expect(Object.keys(await responseFingerprints(api.handle.db, wave.id))).toHaveLength(3);
  });
});
