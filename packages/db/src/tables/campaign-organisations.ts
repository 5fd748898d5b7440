import type { Insertable, Selectable, Updateable } from "kysely";

/** The population of a campaign: the organisations invited to take part. */
export interface CampaignOrganisationsTable {
  campaign_id: number;
  organisation_id: number;
}

export type CampaignOrganisation = Selectable<CampaignOrganisationsTable>;
export type NewCampaignOrganisation = Insertable<CampaignOrganisationsTable>;
export type CampaignOrganisationUpdate = Updateable<CampaignOrganisationsTable>;
