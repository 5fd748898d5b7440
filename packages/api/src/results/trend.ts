import { ROLES } from "@maturo/model";
import { EMPTY_MOMENTS, mergeMoments, summarizeByRole, summarizeMoments } from "@maturo/scoring";
import { scoreMoments } from "../shared/aggregates.js";
import { campaignOfOrganisation } from "../shared/campaign-access.js";
import type { Db } from "../shared/db.js";
import { loadInstrumentVersion } from "../shared/instrument-version.js";
import { campaignsOpenedBy } from "./queries.js";
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
  respondents: number;
  /** Mean per node; null where fewer respondents than the minimum group answered. */
  scores: Record<string, number | null>;
}

/**
 * Capability, legacy and category means across the campaigns the organisation took part in that
 * have opened and have at least one submitted respondent; a mean of fewer respondents than the
 * instrument's minimum group is null.
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
    const own = (await scoreMoments(db, { campaignId: campaign.id, organisationId })).get(organisationId);
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
          ? summarizeByRole(byRole, target.weighting ?? version.compiled.rules.weighting).mean
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
}

export type Trend = TrendPoint[];
