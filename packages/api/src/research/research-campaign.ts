import type { Context } from "../context.js";
import type { CampaignRow } from "../shared/campaign-access.js";
import type { LoadedInstrumentVersion } from "../shared/instrument-version.js";

/** What a research view runs with: the database, the clock, the reader's language and the campaign with its pinned instrument. */
export type ResearchContext = Pick<Context, "db" | "now" | "locale"> & {
  campaign: CampaignRow;
  instrument: LoadedInstrumentVersion;
};
