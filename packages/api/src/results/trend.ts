import { disclosureRules } from "@maturo/report/disclosure";
import { campaignOfOrganisation } from "../shared/campaign-access.js";
import type { Db } from "../shared/db.js";
import { loadInstrumentVersion } from "../shared/instrument-version.js";
import { discloseShownNode, familiesOf } from "./figure-state.js";
import { campaignsOpenedBy } from "./queries.js";
import { shownFigures } from "./shown-figures.js";
import type { Weighting } from "./weighting.js";

export interface TrendTarget {
  organisationId: number;
  weighting?: Weighting | undefined;
  /** Only campaigns up to this one (a report of 2024 does not show 2026). */
  untilCampaignId?: number | undefined;
  now: Date;
}

export interface TrendPoint {
  campaignId: number;
  name: string;
  opensAt: string;
  /** Respondents the campaign's figures rest on (the snapshot last shown). */
  respondents: number;
  /** Mean per node; null where the disclosure module withholds it. */
  scores: Record<string, number | null>;
}

/**
 * Capability, legacy and category means across the campaigns the organisation took part in that
 * have opened and have at least one submitted respondent, each from the figures last shown for that
 * campaign and through the same disclosure rules as the dashboard (docs/architecture.md,
 * "Disclosure control").
 */
export async function trend(db: Db, target: TrendTarget): Promise<TrendPoint[]> {
  const { organisationId } = target;
  const until =
    target.untilCampaignId === undefined
      ? null
      : await campaignOfOrganisation(db, target.untilCampaignId, organisationId);
  const now = target.now.toISOString();
  const latest = until && until.opens_at < now ? until.opens_at : now;
  const campaigns = await campaignsOpenedBy(db, organisationId, latest);
  const points: TrendPoint[] = [];
  for (const campaign of campaigns) {
    const version = await loadInstrumentVersion(db, campaign.versionId);
    const k = disclosureRules(version.compiled.rules).minGroupSize;
    const shown = await shownFigures(db, {
      campaignId: campaign.id,
      organisationId,
      minGroupSize: k,
      families: familiesOf(version.compiled),
      now: target.now,
    });
    const respondents = shown.basis.length;
    if (respondents === 0) continue;
    const weighting = target.weighting ?? version.compiled.rules.weighting;
    const scores: Record<string, number | null> = {};
    for (const node of version.compiled.nodes) {
      const figure = discloseShownNode(shown.state, node.id, weighting, k);
      if (figure) scores[node.id] = figure.mean;
    }
    points.push({
      campaignId: campaign.id,
      name: campaign.name,
      opensAt: campaign.opensAt,
      respondents,
      scores,
    });
  }
  return points;
}

export type Trend = TrendPoint[];
