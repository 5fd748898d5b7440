import { ROLES } from "@maturo/model";
import {
  type BenchmarkScope,
  benchmarkOrganisation,
  profileFor,
  roleBreakdown,
  strengthsAndChallenges,
  summarizeByRole,
} from "@maturo/scoring";
import { wording } from "../messages/catalogue.js";
import type { Locale } from "../messages/localized.js";
import { answerCounts, type RoleMoments, scoreMoments } from "../shared/aggregates.js";
import type { CampaignRow } from "../shared/campaign-access.js";
import type { Db } from "../shared/db.js";
import type { LoadedInstrumentVersion } from "../shared/instrument-version.js";
import { itemStatsFromCounts, maturityCategories, maturityItemStats } from "../shared/item-results.js";
import { submittedByRole } from "../shared/submitted-responses.js";
import { benchmarkPeers } from "./queries.js";
import type { Weighting } from "./weighting.js";

export interface OverviewTarget {
  campaign: CampaignRow;
  /** The campaign's pinned instrument version. */
  instrument: LoadedInstrumentVersion;
  organisationId: number;
  weighting?: Weighting | undefined;
  /** The language of the reason given while results are withheld. */
  locale: Locale;
}

function total(byRole: RoleMoments): number {
  return ROLES.reduce((n, role) => n + byRole[role].n, 0);
}

/**
 * Everything the results dashboard shows for one organisation in one campaign, aggregated from
 * stored scores. Under the minimum group rule (docs/architecture.md, "Disclosure control") a number
 * that could reveal fewer than `minGroupSize` respondents is withheld with the reason, never shown.
 */
export async function overview(db: Db, target: OverviewTarget) {
  const { campaign, instrument: version, organisationId } = target;
  const compiled = version.compiled;
  const rules = compiled.rules;
  const weighting = target.weighting ?? rules.weighting;
  const minGroup = rules.minGroupSize;
  const submitted = await submittedByRole(db, campaign.id, organisationId);
  const respondents = ROLES.reduce((n, role) => n + submitted[role], 0);
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
      message: wording("results.withheld", { minGroup, respondents })[target.locale],
    };
  }

  const all = await scoreMoments(db, { campaignId: campaign.id });
  const own = all.get(organisationId) ?? new Map<string, RoleMoments>();
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
  const scoreOf = (nodeId: string): number | null => scores.find((s) => s.nodeId === nodeId)?.mean ?? null;
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
    await answerCounts(db, { campaignId: campaign.id, organisationId: organisationId }),
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
  const organisations = await benchmarkPeers(db, [...all.keys(), organisationId]);
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
      groups: benchmarkOrganisation(String(organisationId), peers, {
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
}

export type Overview = Awaited<ReturnType<typeof overview>>;
