import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, createTestApi, type TestApi } from "../test-fixtures/harness.js";

function tokenOf(link: string): string {
  return link.split("/s/")[1] as string;
}

/** Answers every item a respondent is asked with `point` (capped at the item's scale), in batches. */
async function answerAll(respondent: Caller, token: string, point: number): Promise<number> {
  const opened = await respondent.survey.open({ token, locale: "nl" });
  const answers = opened.sections.flatMap((s) =>
    s.items
      .filter((i) => i.showIf === null)
      .map((i) => ({ itemId: i.id, value: Math.min(point, i.points), at: new Date().toISOString() })),
  );
  for (let i = 0; i < answers.length; i += 100)
    await respondent.survey.save({ token, answers: answers.slice(i, i + 100) });
  return answers.length;
}

describe.each(await testDatabaseFactories())(
  "a campaign from invitation to results on $dialect",
  (factory) => {
    let api: TestApi;
    let orgA: number;
    let researcher: Caller;
    let keyUser: Caller;
    let versionId: number;
    let campaignId: number;

    beforeAll(async () => {
      api = await createTestApi(factory);
      orgA = await api.organisation("A-001", { name: "Gemeente A" });
      researcher = await api.as({ email: "researcher@test.be", role: "researcher" });
      keyUser = await api.as({ email: "key@a.be", role: "keyuser", organisationIds: [orgA] });
      const frozen = await researcher.instruments.freeze({
        title: "Maturo 2026",
        plugins: ["organisation", "users", "technology", "context"],
      });
      versionId = frozen.id;
      expect(frozen.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
      campaignId = (
        await keyUser.campaigns.startSelf({ organisationId: orgA, versionId, name: "Zelfevaluatie 2026" })
      ).id;
    });
    afterAll(() => api.close());

    /** Personal-link tokens for `count` new respondents of one role in campaign A. */
    async function invite(role: "director" | "manager" | "staff", count: number): Promise<string[]> {
      const { links } = await keyUser.invitations.create({
        campaignId,
        organisationId: orgA,
        role,
        recipients: { count },
      });
      expect(links).toHaveLength(count);
      return links.map((l) => tokenOf(l.link));
    }

    it("freezing the same plugins again returns the same immutable version", async () => {
      const again = await researcher.instruments.freeze({
        title: "again",
        plugins: ["organisation", "users", "technology", "context"],
      });
      expect(again).toMatchObject({ id: versionId, created: false });
    });

    it("a respondent answers, resumes, submits; results stay withheld below four respondents", async () => {
      const [token] = (await invite("staff", 2)) as [string];
      const respondent = api.anonymous();
      const opened = await respondent.survey.open({ token });
      expect(opened.state).toBe("open");
      expect(opened.role).toBe("staff");
      const answered = await answerAll(respondent, token, 5);
      const resumed = await respondent.survey.open({ token });
      expect(Object.keys(resumed.answers)).toHaveLength(answered);
      await respondent.survey.submit({ token });
      expect((await respondent.survey.open({ token })).state).toBe("submitted");
      await expect(
        respondent.survey.save({ token, answers: [{ itemId: "x", value: 1, at: new Date().toISOString() }] }),
      ).rejects.toThrow(/already been submitted/);

      const results = await keyUser.results.overview({ organisationId: orgA, campaignId });
      expect(results.status).toBe("withheld");
      const participation = await keyUser.invitations.participation({ campaignId, organisationId: orgA });
      expect(participation.total).toEqual({ invited: 2, started: 1, submitted: 1 });
    });

    it("an older save never overwrites a newer answer, and a replayed batch changes nothing", async () => {
      const [token] = (await invite("director", 1)) as [string];
      const respondent = api.anonymous();
      const opened = await respondent.survey.open({ token });
      const itemId = opened.sections[0]?.items[0]?.id as string;
      const newer = { itemId, value: 6, at: "2026-11-28T10:00:02.000Z" };
      const older = { itemId, value: 2, at: "2026-11-28T10:00:01.000Z" };
      await respondent.survey.save({ token, answers: [newer] });
      await respondent.survey.save({ token, answers: [older] });
      await respondent.survey.save({ token, answers: [newer] });
      expect(
        ((await respondent.survey.open({ token })).answers as Record<string, number | "dk">)[itemId],
      ).toBe(6);
      await respondent.survey.withdraw({ token });
      expect((await respondent.survey.open({ token })).state).toBe("withdrawn");
      const left = await api.handle.db
        .selectFrom("responses")
        .select("id")
        .where("role", "=", "director")
        .execute();
      expect(left).toEqual([]);
    });

    it("rejects answers out of range or to items the role is not asked, naming the field", async () => {
      const [token] = (await invite("staff", 1)) as [string];
      const respondent = api.anonymous();
      const opened = await respondent.survey.open({ token });
      const itemId = opened.sections[0]?.items[0]?.id as string;
      await expect(
        respondent.survey.save({ token, answers: [{ itemId, value: 9, at: new Date().toISOString() }] }),
      ).rejects.toThrow(/answers\[0\]\.value: must be 1\.\.6/);
      await expect(
        respondent.survey.save({
          token,
          answers: [{ itemId: "nope", value: 1, at: new Date().toISOString() }],
        }),
      ).rejects.toThrow(/answers\[0\]\.itemId/);
      await expect(api.anonymous().survey.open({ token: "x".repeat(43) })).rejects.toThrow(/unknown/);
    });

    it("shows scores, the profile and % positive once four have submitted (three besides a key user who may have answered), computed by @maturo/scoring", async () => {
      for (const token of await invite("staff", 3)) {
        const respondent = api.anonymous();
        await answerAll(respondent, token, 5);
        await respondent.survey.submit({ token });
      }
      const results = await keyUser.results.overview({ organisationId: orgA, campaignId });
      if (results.status !== "shown") throw new Error(`expected results, got ${results.message}`);
      expect(results.respondents).toBe(4);
      // Every staff respondent chose 5 of 6 on every item: (5 − 1) / 5 × 100 = 80 on plain items and
      // (6 − 5) / 5 × 100 = 20 on reverse-coded ones, so no capability or legacy score is outside
      // [20, 80]. (Yes/no context items, capped at 2 = yes, score 100.)
      for (const score of results.scores.filter((s) => /^(capability|legacy)/.test(s.nodeId))) {
        if (score.mean !== null) {
          expect(score.mean).toBeGreaterThanOrEqual(20 - 1e-9);
          expect(score.mean).toBeLessThanOrEqual(80 + 1e-9);
        }
      }
      const efficiency = results.scores.find((s) => s.nodeId === "capability.efficiency");
      expect(efficiency?.mean).toBeCloseTo(80, 9);
      expect(efficiency?.n).toBe(4);
      expect(results.profile?.id).toBe("D");
      const positive = results.items.find((i) => i.n >= 3 && i.percentPositive !== null);
      expect(positive?.percentPositive === 100 || positive?.percentPositive === 0).toBe(true);
      // Strengths and challenges are maturity statements, never context questions (ctx-*); the
      // benchmark lists each axis followed by its own categories.
      const { strengths, challenges } = results.strengthsAndChallenges;
      expect(strengths.length + challenges.length).toBeGreaterThan(0);
      expect([...strengths, ...challenges].some((i) => i.itemId.startsWith("ctx-"))).toBe(false);
      expect(results.benchmarks.map((b) => b.nodeId)).toEqual([
        "capability",
        "capability.efficiency",
        "capability.innovation",
        "capability.balance",
        "legacy",
        "legacy.organisation",
        "legacy.users",
        "legacy.technology",
      ]);
      // Management has no respondents: the gap is withheld, never shown.
      expect(results.scores.every((s) => s.breakdown.gap.status === "withheld")).toBe(true);
      // One organisation in the campaign: every benchmark is withheld for a group under five.
      expect(results.benchmarks.every((b) => b.groups.every((g) => g.status === "withheld"))).toBe(true);
    });

    it("weighs management and staff half each when asked, in the overview and the trend alike", async () => {
      const target = { organisationId: orgA, campaignId };
      const efficiency = (o: Awaited<ReturnType<typeof keyUser.results.overview>>) =>
        o.status === "shown" ? o.scores.find((s) => s.nodeId === "capability.efficiency")?.mean : undefined;
      // One director joins the four staff (80): under the time rule the figures stay those of the
      // four staff, so the newcomer's score cannot be read from the difference.
      const [token] = (await invite("director", 1)) as [string];
      const director = api.anonymous();
      await answerAll(director, token, 1);
      await director.survey.submit({ token });
      const held = await keyUser.results.overview({ ...target, weighting: "equal" });
      expect(efficiency(held)).toBe(80);
      expect(held.refresh).toEqual({ pending: 1, remaining: 3 });
      // Three managers more: four changes since the figures shown, so they are refreshed.
      for (const managerToken of (await invite("manager", 3)) as string[]) {
        const manager = api.anonymous();
        await answerAll(manager, managerToken, 1);
        await manager.survey.submit({ token: managerToken });
      }
      const equal = await keyUser.results.overview({ ...target, weighting: "equal" });
      const balanced = await keyUser.results.overview({ ...target, weighting: "balanced" });
      if (equal.status !== "shown" || balanced.status !== "shown") throw new Error("expected results");
      expect(balanced.weighting).toBe("balanced");
      // Four staff score 80, four of management m. Equal: (4 × 80 + 4m) / 8. Balanced: (80 + m) / 2.
      const gap = equal.scores.find((s) => s.nodeId === "capability.efficiency")?.breakdown.gap;
      if (gap?.status !== "shown" || gap.management.mean === null) throw new Error("expected the gap");
      const m = gap.management.mean;
      expect(m).toBeLessThan(80);
      expect(efficiency(equal)).toBeCloseTo((4 * 80 + 4 * m) / 8, 9);
      expect(efficiency(balanced)).toBeCloseTo((80 + m) / 2, 9);
      for (const weighting of ["equal", "balanced"] as const) {
        const trend = await keyUser.results.trend({ organisationId: orgA, weighting });
        const point = trend.find((p) => p.campaignId === campaignId);
        expect(point?.scores["capability.efficiency"]).toBeCloseTo(
          efficiency(weighting === "equal" ? equal : balanced) as number,
          9,
        );
      }
      // A campaign nobody has answered yet is no point on the trend.
      const fresh = await keyUser.campaigns.startSelf({ organisationId: orgA, versionId, name: "Nieuw" });
      const trend = await keyUser.results.trend({ organisationId: orgA });
      expect(trend.map((p) => p.campaignId)).toEqual([campaignId]);
      expect(trend.some((p) => p.campaignId === fresh.id)).toBe(false);
      const upTo = await keyUser.results.trend({ organisationId: orgA, untilCampaignId: campaignId });
      expect(upTo.map((p) => p.campaignId)).toEqual([campaignId]);
    });
  },
);
