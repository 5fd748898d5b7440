import type { Db } from "./db.js";

/**
 * The organisations of a wave's population (`o`, joined through `co`), the base of every read of who
 * a wave covers: invitations, response rates and raking.
 */
export function populationOrganisations(db: Db, campaignId: number) {
  return db
    .selectFrom("campaign_organisations as co")
    .innerJoin("organisations as o", "o.id", "co.organisation_id")
    .where("co.campaign_id", "=", campaignId);
}
