import type { Role } from "@maturo/model";
import { buildReport, type ShownReport } from "@maturo/report";
import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, createTestApi, type TestApi } from "../test-fixtures/harness.js";

/**
 * Management against staff per item through the real API (docs/architecture.md, "Disclosure
 * control"): both groups at k or neither, from the snapshot last shown, and the report's
 * disagreement section built from what the API returns.
 */
describe.each(await testDatabaseFactories())(
  "item figures of management and staff on $dialect",
  (factory) => {
    let api: TestApi;
    let keyUser: Caller;
    let target: { organisationId: number; campaignId: number };

    beforeAll(async () => {
      api = await createTestApi(factory);
      const researcher = await api.as({ email: "researcher@groups.be", role: "researcher" });
      const versionId = (
        await researcher.instruments.freeze({
          title: "Maturo",
          plugins: ["organisation", "users", "technology", "context"],
        })
      ).id;
      const organisationId = await api.organisation("G-1");
      keyUser = await api.as({ email: "key@groups.be", role: "keyuser", organisationIds: [organisationId] });
      const campaignId = (await keyUser.campaigns.startSelf({ organisationId, versionId, name: "Eigen" })).id;
      target = { organisationId, campaignId };
    });
    afterAll(() => api.close());

    /** One respondent of `role` answering every question on `point` of its scale (the top or 1). */
    async function submit(role: Role, top: boolean): Promise<void> {
      const { links } = await keyUser.invitations.create({ ...target, role, recipients: { count: 1 } });
      const token = (links[0]?.link ?? "").split("/s/")[1] as string;
      const device = api.anonymous();
      const opened = await device.survey.open({ token, locale: "nl" });
      const answers = opened.sections.flatMap((s) =>
        s.items
          .filter((i) => i.showIf === null)
          .map((i) => ({ itemId: i.id, value: top ? i.points : 1, at: new Date().toISOString() })),
      );
      for (let i = 0; i < answers.length; i += 100)
        await device.survey.save({ token, answers: answers.slice(i, i + 100) });
      await device.survey.submit({ token });
    }

    async function report(): Promise<ShownReport> {
      const overview = await keyUser.results.overview(target);
      const context = await keyUser.report.context(target);
      const trend = await keyUser.results.trend({ organisationId: target.organisationId });
      const built = buildReport({ overview, trend, context, scope: "all" });
      if (built.status !== "shown") throw new Error("expected a shown report");
      return built;
    }

    it("withholds every item's groups while management has fewer than k, and then until k changed", async () => {
      for (const role of ["manager", "manager"] as const) await submit(role, true);
      for (let i = 0; i < 4; i += 1) await submit("staff", false);
      const overview = await keyUser.results.overview(target);
      if (overview.status !== "shown") throw new Error("expected shown results");
      expect(overview.itemGroups?.length).toBeGreaterThan(0);
      for (const item of overview.itemGroups ?? [])
        expect(item.groups).toMatchObject({ status: "withheld", reason: "role-group-small" });
      const first = await report();
      expect(first.disagreement.rows).toEqual([]);
      expect(first.disagreement.withheld?.key).toBe("reason_role-group-small");

      // A director and a third manager bring management to k, but two changes are fewer than k:
      // the figures last shown stay.
      await submit("director", true);
      await submit("manager", true);
      expect((await report()).disagreement.withheld?.key).toBe("reason_role-group-small");
    });

    it("shows both groups once k changed, each on at least k answers, and ranks the statements", async () => {
      await submit("staff", false);
      await submit("staff", false);
      const overview = await keyUser.results.overview(target);
      if (overview.status !== "shown") throw new Error("expected shown results");
      const shown = (overview.itemGroups ?? []).flatMap((item) =>
        item.groups.status === "shown" ? [{ itemId: item.itemId, ...item.groups }] : [],
      );
      expect(shown.length).toBeGreaterThan(5);
      for (const item of shown) {
        expect(item.management.n).toBe(4);
        expect(item.staff.n).toBe(6);
        // Management answered the top of every scale, staff the bottom: all or nothing, mirrored if reversed.
        expect(Math.abs(item.difference)).toBe(100);
        const total = overview.items.find((i) => i.itemId === item.itemId);
        expect(total?.percentPositive).toBeCloseTo(
          (item.management.percentPositive * 4 + item.staff.percentPositive * 6) / 10,
          9,
        );
      }
      const context = await keyUser.report.context(target);
      const { disagreement, strengths } = await report();
      expect(disagreement.withheld).toBeNull();
      expect(disagreement.rows).toHaveLength(5);
      for (const row of disagreement.rows) {
        expect(Math.abs(row.difference)).toBe(100);
        expect(row.starter.en).toMatch(/^(Management is|Staff are) more positive/);
      }
      // Staff (6 of 10) answered 1 everywhere: the reverse-coded statements are the strengths,
      // each phrased by the instrument's positive wording, never as the negative statement.
      const reverse = new Map(context.items.map((item) => [item.id, item]));
      expect(strengths.length).toBeGreaterThan(0);
      for (const strength of strengths) {
        const item = reverse.get(strength.itemId);
        if (item?.reverse) {
          expect(strength.phrasing).toBe("positive-text");
          expect(strength.text).toEqual(item.positiveText);
          expect(strength.text.en).not.toBe(item.text.en);
        }
      }
      expect(strengths.some((s) => s.phrasing === "positive-text")).toBe(true);
    });
  },
);
