import type { ResponseRow } from "@maturo/db";
import type { Db } from "../shared/db.js";
import { submittedResponses } from "../shared/submitted-responses.js";

/** A campaign's submitted responses under their pseudonyms, with their organisation, by code and pseudonym. */
export interface ExportedResponse {
  id: number;
  pseudonym: string;
  role: ResponseRow["role"];
  submittedAt: string | null;
  code: string;
  name: string;
  province: string | null;
  sizeClass: string | null;
}

export function submittedResponsesWithOrganisation(db: Db, campaignId: number): Promise<ExportedResponse[]> {
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
