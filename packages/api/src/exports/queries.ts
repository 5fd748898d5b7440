import type { Row } from "@maturo/db";
import type { Db } from "../shared/db.js";
import { ensureRandomSetting } from "../shared/secret.js";
import { submittedWithOrganisation } from "../shared/submitted-responses.js";

/** A campaign's submitted responses under their pseudonyms, with their organisation, by code and pseudonym. */
export interface ExportedResponse {
  id: number;
  organisationId: number;
  pseudonym: string;
  role: Row<"responses">["role"];
  submittedAt: string | null;
  code: string;
  name: string;
  province: string | null;
  sizeClass: string | null;
}

export function submittedResponsesWithOrganisation(db: Db, campaignId: number): Promise<ExportedResponse[]> {
  return submittedWithOrganisation(db, campaignId)
    .select([
      "r.id",
      "o.id as organisationId",
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

/**
 * The campaign's own key for organisation pseudonyms: random, made on the first export and kept in
 * the database, so every export of the campaign (API or command line) uses the same one.
 */
export function campaignPseudonymKey(db: Db, campaignId: number): Promise<string> {
  return ensureRandomSetting(db, `export-pseudonym-key:${campaignId}`);
}

/** Whether the admin granted this user identified research exports. */
export async function mayExportIdentified(db: Db, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom("users")
    .select("identified_exports_at")
    .where("id", "=", userId)
    .executeTakeFirst();
  return Boolean(row?.identified_exports_at);
}
