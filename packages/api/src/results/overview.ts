import { ROLES } from "@maturo/model";
import {
  type DisclosureReason,
  discloseBenchmarks,
  discloseItemGroups,
  disclosureRules,
  itemWithheldReason,
} from "@maturo/report/disclosure";
import { type BenchmarkScope, profileFor, strengthsAndChallenges } from "@maturo/scoring";
import { wording } from "../messages/catalogue.js";
import type { Locale } from "../messages/localized.js";
import type { CampaignRow } from "../shared/campaign-access.js";
import { campaignStatus } from "../shared/campaign-status.js";
import type { Db } from "../shared/db.js";
import type { LoadedInstrumentVersion } from "../shared/instrument-version.js";
import {
  itemRoleTallies,
  itemStatsFromCounts,
  maturityCategories,
  maturityItemStats,
} from "../shared/item-results.js";
import { submittedByRole } from "../shared/submitted-responses.js";
import { discloseShownNode, familiesOf } from "./figure-state.js";
import { shownFigures } from "./shown-figures.js";
import { peerOrganisations, shownPeers } from "./shown-peers.js";
import type { Weighting } from "./weighting.js";

export interface OverviewTarget {
  campaign: CampaignRow;
  /** The campaign's pinned instrument version. */
  instrument: LoadedInstrumentVersion;
  organisationId: number;
  weighting?: Weighting | undefined;
  /** The language of the reason given while results are withheld. */
  locale: Locale;
  now: () => Date;
}

const SCOPES = ["all", "province", "sizeClass"] satisfies BenchmarkScope[];

/**
 * Everything the results dashboard shows for one organisation in one campaign. Every figure passes
 * through the disclosure module of `@maturo/report` (docs/architecture.md, "Disclosure control"):
 * computed from the snapshot last shown (the time rule), and withheld with its reason where it would
 * rest on fewer than k respondents or differ from another obtainable figure by fewer than k.
 * Counts of submissions per role stay live: they reveal no answer.
 */
export async function overview(db: Db, target: OverviewTarget) {
  const { campaign, instrument: version, organisationId } = target;
  const compiled = version.compiled;
  const rules = disclosureRules(compiled.rules);
  const k = rules.minGroupSize;
  const weighting = target.weighting ?? compiled.rules.weighting;
  const submitted = await submittedByRole(db, campaign.id, organisationId);
  const respondents = ROLES.reduce((n, role) => n + submitted[role], 0);
  // Each axis followed by its own categories, so a reader sees the hierarchy in the order given.
  const benchmarkNodes = (["capability", "legacy"] as const).flatMap((axis) => [
    compiled.axes[axis],
    ...maturityCategories(compiled, axis),
  ]);
  const shown = await shownFigures(db, {
    campaignId: campaign.id,
    organisationId,
    minGroupSize: k,
    families: familiesOf(compiled),
    now: target.now(),
  });
  const state = shown.state;
  const head = {
    campaign: {
      id: campaign.id,
      name: campaign.name,
      status: campaignStatus(
        { status: campaign.status, opensAt: campaign.opens_at, closesAt: campaign.closes_at },
        target.now(),
      ),
      instrumentHash: version.hash,
    },
    respondents,
    participation: { submitted },
    /** Respondents the figures rest on (the snapshot last shown). */
    shownRespondents: shown.basis.length,
    refresh: shown.refresh,
    minGroupSize: k,
    weighting,
  };
  if (shown.basis.length < k) {
    return {
      ...head,
      status: "withheld" as const,
      message: wording("results.withheld", { minGroup: k, respondents })[target.locale],
    };
  }

  const scores = compiled.nodes.flatMap((node) => {
    const figure = discloseShownNode(state, node.id, weighting, k);
    return figure === null
      ? []
      : [
          {
            nodeId: node.id,
            parent: node.parent,
            kind: node.kind,
            label: node.label,
            mean: figure.mean,
            sd: figure.sd,
            n: figure.n,
            withheld: figure.reason !== null,
            reason: figure.reason,
            breakdown: { gap: figure.gap },
          },
        ];
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

  const items = itemStatsFromCounts(compiled, state.answers);
  const itemMeta = new Map(compiled.items.map((item) => [item.id, item]));
  const visibleItems = items.map((item) => {
    const asked = (itemMeta.get(item.itemId)?.roles ?? ROLES).reduce((n, role) => n + state.roles[role], 0);
    const reason: DisclosureReason | null = itemWithheldReason({ n: item.n, asked }, k);
    return reason === null
      ? { ...item, withheld: false, reason }
      : { ...item, positive: 0, percentPositive: null, withheld: true, reason };
  });
  // Each item's management and staff figures, both or neither (null for a snapshot without them).
  const itemGroups = state.answersByRole
    ? [...itemRoleTallies(compiled, state.answersByRole, state.roles)].map(([itemId, byRole]) => ({
        itemId,
        groups: discloseItemGroups(byRole, k),
      }))
    : null;
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

  // Benchmarks: the peers as last shown, the organisation by its own shown equal-weighted score.
  const peersState = await shownPeers(db, {
    campaignId: campaign.id,
    minimum: rules.minBenchmarkGroup,
    nodeIds: benchmarkNodes,
    now: target.now(),
  });
  const peerScores = peersState.scores;
  const organisations = await peerOrganisations(db, campaign.id, peersState, organisationId);
  const peerRows = organisations.map((org) => ({
    org,
    id: String(org.id),
    scores: peerScores[String(org.id)],
  }));
  const benchmarks = benchmarkNodes.map((nodeId) => {
    const own = discloseShownNode(state, nodeId, "equal", k)?.mean ?? null;
    const peers = peerRows.map(({ org, id, scores }) => ({
      organisationId: id,
      score: org.id === organisationId ? own : (scores?.[nodeId] ?? null),
      province: org.province,
      sizeClass: org.size_class,
      kind: org.kind,
    }));
    return {
      nodeId,
      groups: discloseBenchmarks(String(organisationId), peers, SCOPES, rules.minBenchmarkGroup),
    };
  });

  return {
    ...head,
    status: "shown" as const,
    scores,
    profile,
    items: visibleItems,
    itemGroups,
    strengthsAndChallenges: strengthsAndChallenges(
      maturityItemStats(
        compiled,
        visibleItems.filter((i) => i.reason === null),
      ),
      { count: 5, minN: k },
    ),
    lens: [...lens.entries()].map(([tag, { sum, n }]) => ({ tag, percentPositive: sum / n, items: n })),
    benchmarks,
  };
}

export type Overview = Awaited<ReturnType<typeof overview>>;
