/** The population of a campaign: the organisations invited to take part. */
export interface CampaignOrganisationsTable {
  campaign_id: number;
  organisation_id: number;
}
