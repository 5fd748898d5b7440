import type { Db } from "../shared/db.js";
import { submittedResponses } from "../shared/submitted-responses.js";

/** A campaign's submitted responses under their pseudonyms, with their organisation, by code and pseudonym. */
export function submittedResponsesWithOrganisation(db: Db, campaignId: number) {
  return submittedResponses(db, campaignId)
    .innerJoin("organisations as o", "o.id", "r.organisation_id")
    .select([
      "r.id",
      "r.pseudonym",
      "r.role",
      "r.submitted_at as submittedAt",
      "o.code",
      "o.name",
      "o.province",
      "o.size_class as sizeClass",
    ])
    .orderBy("o.code")
    .orderBy("r.pseudonym")
    .execute();
}
