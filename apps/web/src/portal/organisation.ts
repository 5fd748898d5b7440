import type { Me } from "../lib/trpc.js";

/** An organisation the signed-in key user serves. */
export type Organisation = Me["organisations"][number];

/** Where a campaign's pages live; organisation-scoped, so a key user of several organisations can bookmark them. */
export function campaignPath(organisation: Organisation, campaignId: number, page?: "results"): string {
  return `/portal/organisations/${organisation.id}/campaigns/${campaignId}${page ? `/${page}` : ""}`;
}

/** Which campaign of which organisation a portal section shows. */
export interface CampaignRef {
  campaignId: number;
  organisationId: number;
}

/** What a page of one campaign of the key user's organisation is given. */
export interface CampaignPageProps {
  organisation: Organisation;
  campaignId: number;
}
