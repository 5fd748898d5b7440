import type { CampaignRow } from "../shared/campaign-access.js";
import type { LoadedInstrumentVersion } from "../shared/instrument-version.js";

/** Where a research result comes from: campaign, frozen instrument, respondents and when it was made. */
export interface Provenance {
  campaignId: number;
  campaignName: string;
  instrumentHash: string;
  n: number;
  generatedAt: string;
}

export function provenance(
  campaign: CampaignRow,
  instrument: LoadedInstrumentVersion,
  n: number,
  now: Date,
): Provenance {
  return {
    campaignId: campaign.id,
    campaignName: campaign.name,
    instrumentHash: instrument.hash,
    n,
    generatedAt: now.toISOString(),
  };
}
