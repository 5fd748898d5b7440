import type { Database } from "@maturo/db";
import type { ReportInstrument, ReportOrganisation } from "@maturo/report";
import type { Kysely } from "kysely";
import { notFound } from "../errors.js";
import type { CampaignRow } from "../shared/campaign-access.js";
import { loadInstrumentVersion } from "../shared/instrument-version.js";

/**
 * What the report reads besides the results: the organisation, and the campaign's pinned instrument
 * (its compiled nodes, items and profiles, and its framework's lenses and rules), never a default.
 */
export async function loadReportSource(
  db: Kysely<Database>,
  campaign: CampaignRow,
  organisationId: number,
): Promise<{ organisation: ReportOrganisation; instrument: ReportInstrument }> {
  const org = await db
    .selectFrom("organisations")
    .select(["id", "code", "name", "province", "size_class"])
    .where("id", "=", organisationId)
    .executeTakeFirst();
  if (!org) throw notFound("organisation");
  const version = await loadInstrumentVersion(db, campaign.instrument_version_id);
  return {
    organisation: {
      id: org.id,
      code: org.code,
      name: org.name,
      province: org.province,
      sizeClass: org.size_class,
    },
    instrument: { ...version.compiled, lenses: version.snapshot.framework.lenses },
  };
}
