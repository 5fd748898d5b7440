import type { Row } from "@maturo/db";
import { campaignIdsOf } from "../shared/campaign-access.js";
import type { Db } from "../shared/db.js";
import { updateById } from "../shared/update-by-id.js";

/** The campaigns an organisation takes part in, newest first, with the instrument version they pin. */
export interface OrganisationCampaign {
  id: number;
  kind: Row<"campaigns">["kind"];
  name: string;
  status: Row<"campaigns">["status"];
  opensAt: string;
  closesAt: string | null;
  closedAt: string | null;
  instrumentHash: string;
  instrumentTitle: string;
}

/** Campaigns (`c`) with the columns every list of them shows and the instrument version they pin (`v`). */
function campaignsWithInstrument(db: Db) {
  return db
    .selectFrom("campaigns as c")
    .innerJoin("instrument_versions as v", "v.id", "c.instrument_version_id")
    .select([
      "c.id",
      "c.name",
      "c.status",
      "c.opens_at as opensAt",
      "c.closes_at as closesAt",
      "v.hash as instrumentHash",
      "v.title as instrumentTitle",
    ]);
}

export function campaignsOfOrganisation(db: Db, organisationId: number): Promise<OrganisationCampaign[]> {
  return campaignsWithInstrument(db)
    .select(["c.kind", "c.closed_at as closedAt"])
    .where("c.id", "in", campaignIdsOf(db, organisationId))
    .orderBy("c.opens_at", "desc")
    .execute();
}

/** Every wave, newest first, with the size of its population. */
export interface Wave {
  id: number;
  name: string;
  status: Row<"campaigns">["status"];
  opensAt: string;
  closesAt: string | null;
  instrumentHash: string;
  instrumentTitle: string;
  /** How many organisations the wave's population holds. */
  population: number;
}

export async function waves(db: Db): Promise<Wave[]> {
  const rows = await campaignsWithInstrument(db)
    .select((eb) =>
      eb
        .selectFrom("campaign_organisations as co")
        .select((e) => e.fn.countAll<number | string>().as("n"))
        .whereRef("co.campaign_id", "=", "c.id")
        .as("population"),
    )
    .where("c.kind", "=", "wave")
    .orderBy("c.opens_at", "desc")
    .execute();
  return rows.map((r) => ({ ...r, population: Number(r.population ?? 0) }));
}

export interface NewCampaign {
  kind: "self" | "wave";
  name: string;
  versionId: number;
  organisationId: number | null;
  createdBy: number;
  opensAt: string;
  closesAt: string | null;
  createdAt: string;
}

/** Stores a new, open campaign; returns its id. */
export async function insertCampaign(db: Db, campaign: NewCampaign): Promise<number> {
  const row = await db
    .insertInto("campaigns")
    .values({
      kind: campaign.kind,
      name: campaign.name,
      instrument_version_id: campaign.versionId,
      organisation_id: campaign.organisationId,
      created_by: campaign.createdBy,
      status: "open",
      opens_at: campaign.opensAt,
      closes_at: campaign.closesAt,
      closed_at: null,
      retention_days: null,
      purged_at: null,
      created_at: campaign.createdAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Adds organisations to a wave's population, a few hundred rows per statement. */
export async function addToPopulation(
  db: Db,
  campaignId: number,
  organisationIds: readonly number[],
): Promise<void> {
  for (let i = 0; i < organisationIds.length; i += 200) {
    const chunk = organisationIds
      .slice(i, i + 200)
      .map((organisationId) => ({ campaign_id: campaignId, organisation_id: organisationId }));
    if (chunk.length) await db.insertInto("campaign_organisations").values(chunk).execute();
  }
}

export async function closeCampaign(db: Db, campaignId: number, at: string): Promise<void> {
  await updateById(db, "campaigns", campaignId, { status: "closed", closed_at: at });
}
