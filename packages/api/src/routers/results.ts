import { ROLES } from "@maturo/model";
import {
  type BenchmarkScope,
  benchmarkOrganisation,
  EMPTY_MOMENTS,
  mergeMoments,
  profileFor,
  roleBreakdown,
  strengthsAndChallenges,
  summarizeByRole,
  summarizeMoments,
} from "@maturo/scoring";
import { z } from "zod";
import { AppError } from "../errors.js";
import { answerCounts, type RoleMoments, scoreMoments, submittedByRole } from "../services/aggregates.js";
import { campaignIdsOf, findCampaign, takesPart } from "../services/campaign-access.js";
import { loadInstrumentVersion } from "../services/instruments.js";
import { itemStatsFromCounts, maturityCategories, maturityItemStats } from "../services/item-results.js";
import { assertOrganisationAccess, keyUserProcedure, router } from "../trpc.js";

const id = z.int().positive();
/** DESIGN §6: `equal` (every respondent weighs the same) or `balanced` (the mean of the role-group
 * means); absent = the framework's default. */
export const weightingInput = z.enum(["equal", "balanced"]).optional();

function total(byRole: RoleMoments): number {
  return ROLES.reduce((n, role) => n + byRole[role].n, 0);
}

export const resultsRouter = router({
  /**
   * Everything the results dashboard shows for one organisation in one campaign, aggregated from
   * stored scores. Under the minimum group rule (DESIGN §6) a number that could reveal fewer than
   * `minGroupSize` respondents is withheld with the reason, never shown.
   */
  overview: keyUserProcedure
    .input(z.object({ organisationId: id, campaignId: id, weighting: weightingInput }))
    .query(async ({ ctx, input }) => {
      assertOrganisationAccess(ctx.user, input.organisationId);
      const campaign = await findCampaign(ctx.db, input.campaignId);
      if (!(await takesPart(ctx.db, campaign, input.organisationId)))
        throw new AppError("campaign.no-results");
      const version = await loadInstrumentVersion(ctx.db, campaign.instrument_version_id);
      const compiled = version.compiled;
      const rules = compiled.rules;
      const weighting = input.weighting ?? rules.weighting;
      const minGroup = rules.minGroupSize;
      const submitted = await submittedByRole(ctx.db, campaign.id, input.organisationId);
      const respondents = submitted.director + submitted.manager + submitted.staff;
      const head = {
        campaign: {
          id: campaign.id,
          name: campaign.name,
          status: campaign.status,
          instrumentHash: version.hash,
        },
        respondents,
        minGroupSize: minGroup,
        weighting,
      };
      if (respondents < minGroup) {
        return {
          ...head,
          status: "withheld" as const,
          message: `results appear once at least ${minGroup} respondents have submitted (${respondents} so far)`,
        };
      }

      const all = await scoreMoments(ctx.db, { campaignId: campaign.id });
      const own = all.get(input.organisationId) ?? new Map<string, RoleMoments>();
      const scores = compiled.nodes
        .filter((node) => own.has(node.id))
        .map((node) => {
          const byRole = own.get(node.id) as RoleMoments;
          const summary = summarizeByRole(byRole, weighting);
          const shown = summary.n >= minGroup;
          return {
            nodeId: node.id,
            parent: node.parent,
            kind: node.kind,
            label: node.label,
            mean: shown ? summary.mean : null,
            sd: shown ? summary.sd : null,
            n: summary.n,
            withheld: !shown,
            breakdown: roleBreakdown(node.id, byRole, minGroup),
          };
        });
      const scoreOf = (nodeId: string): number | null =>
        scores.find((s) => s.nodeId === nodeId)?.mean ?? null;
      const profileResult = profileFor(
        { thresholds: compiled.thresholds, profiles: compiled.profiles },
        scoreOf(compiled.axes.capability),
        scoreOf(compiled.axes.legacy),
      );
      const profile = profileResult
        ? { ...profileResult, ...(compiled.profiles.find((p) => p.id === profileResult.id) ?? {}) }
        : null;

      const items = itemStatsFromCounts(
        compiled,
        await answerCounts(ctx.db, { campaignId: campaign.id, organisationId: input.organisationId }),
      );
      const visibleItems = items.map((item) =>
        item.n >= minGroup
          ? { ...item, withheld: false }
          : { ...item, positive: 0, percentPositive: null, withheld: true },
      );
      const itemMeta = new Map(compiled.items.map((item) => [item.id, item]));
      const lens = new Map<string, { sum: number; n: number }>();
      for (const item of visibleItems) {
        if (item.percentPositive === null) continue;
        for (const tag of itemMeta.get(item.itemId)?.tags ?? []) {
          const entry = lens.get(tag) ?? { sum: 0, n: 0 };
          entry.sum += item.percentPositive;
          entry.n += 1;
          lens.set(tag, entry);
        }
      }

      // Benchmarks: every organisation of the campaign with a score, by the same weighting.
      const organisations = await ctx.db
        .selectFrom("organisations")
        .select(["id", "province", "size_class", "kind"])
        .where("id", "in", [...all.keys(), input.organisationId])
        .execute();
      // Each axis followed by its own categories, so a reader sees the hierarchy in the order given.
      const benchmarkNodes = (["capability", "legacy"] as const).flatMap((axis) => [
        compiled.axes[axis],
        ...maturityCategories(compiled, axis),
      ]);
      const benchmarks = benchmarkNodes.map((nodeId) => {
        const peers = organisations.map((org) => {
          const byRole = all.get(org.id)?.get(nodeId);
          return {
            organisationId: String(org.id),
            score: byRole && total(byRole) > 0 ? summarizeByRole(byRole, weighting).mean : null,
            province: org.province,
            sizeClass: org.size_class,
            kind: org.kind,
          };
        });
        return {
          nodeId,
          groups: benchmarkOrganisation(String(input.organisationId), peers, {
            minGroup: rules.minBenchmarkGroup,
            scopes: ["all", "province", "sizeClass"] satisfies BenchmarkScope[],
          }),
        };
      });

      return {
        ...head,
        status: "shown" as const,
        participation: { submitted },
        scores,
        profile,
        items: visibleItems,
        strengthsAndChallenges: strengthsAndChallenges(
          maturityItemStats(compiled, items).filter((i) => i.n >= minGroup),
          { count: 5, minN: minGroup },
        ),
        lens: [...lens.entries()].map(([tag, { sum, n }]) => ({ tag, percentPositive: sum / n, items: n })),
        benchmarks,
      };
    }),

  /**
   * Capability, legacy and category means across the campaigns the organisation took part in that
   * have opened and have at least one submitted respondent; with `untilCampaignId`, only up to that
   * campaign (a report of 2024 does not show 2026).
   */
  trend: keyUserProcedure
    .input(z.object({ organisationId: id, weighting: weightingInput, untilCampaignId: id.optional() }))
    .query(async ({ ctx, input }) => {
      assertOrganisationAccess(ctx.user, input.organisationId);
      const until =
        input.untilCampaignId === undefined ? null : await findCampaign(ctx.db, input.untilCampaignId);
      const now = ctx.now().toISOString();
      const latest = until && until.opens_at < now ? until.opens_at : now;
      const campaigns = await ctx.db
        .selectFrom("campaigns as c")
        .select(["c.id", "c.name", "c.opens_at as opensAt", "c.instrument_version_id as versionId"])
        .where("c.id", "in", campaignIdsOf(ctx.db, input.organisationId))
        .where("c.opens_at", "<=", latest)
        .orderBy("c.opens_at")
        .execute();
      const points = [];
      for (const campaign of campaigns) {
        const version = await loadInstrumentVersion(ctx.db, campaign.versionId);
        const own = (
          await scoreMoments(ctx.db, { campaignId: campaign.id, organisationId: input.organisationId })
        ).get(input.organisationId);
        const minGroup = version.compiled.rules.minGroupSize;
        const scores: Record<string, number | null> = {};
        let respondents = 0;
        for (const node of version.compiled.nodes) {
          const byRole = own?.get(node.id);
          if (!byRole) continue;
          const all = ROLES.reduce((m, role) => mergeMoments(m, byRole[role]), EMPTY_MOMENTS);
          const summary = summarizeMoments(all);
          respondents = Math.max(respondents, summary.n);
          scores[node.id] =
            summary.n >= minGroup
              ? summarizeByRole(byRole, input.weighting ?? version.compiled.rules.weighting).mean
              : null;
        }
        if (respondents === 0) continue;
        points.push({
          campaignId: campaign.id,
          name: campaign.name,
          opensAt: campaign.opensAt,
          respondents,
          scores,
        });
      }
      return points;
    }),
});
