import { AppError, notFound } from "../errors.js";
import type { Db } from "./db.js";

export interface CampaignRow {
  id: number;
  kind: "wave" | "self";
  name: string;
  status: "open" | "closed";
  organisation_id: number | null;
  instrument_version_id: number;
  opens_at: string;
  closes_at: string | null;
}

/** The ids of the campaigns an organisation takes part in: its own, and the waves whose population holds it. */
export function campaignIdsOf(db: Db, organisationId: number) {
  return db
    .selectFrom("campaigns")
    .select("id")
    .where((eb) =>
      eb.or([
        eb("organisation_id", "=", organisationId),
        eb(
          "id",
          "in",
          eb
            .selectFrom("campaign_organisations")
            .select("campaign_id")
            .where("organisation_id", "=", organisationId),
        ),
      ]),
    );
}

export async function findCampaign(db: Db, campaignId: number): Promise<CampaignRow> {
  const row = await campaignRow(db, campaignId);
  if (!row) throw notFound("campaign");
  return row;
}

/**
 * A campaign the organisation takes part in. An unknown campaign and another organisation's get
 * the same answer, so a campaign id reveals nothing about campaigns one may not see.
 */
export async function campaignOfOrganisation(
  db: Db,
  campaignId: number,
  organisationId: number,
): Promise<CampaignRow> {
  const row = await campaignRow(db, campaignId);
  if (!row || !(await takesPart(db, row, organisationId))) throw new AppError("campaign.no-results");
  return row;
}

function campaignRow(db: Db, campaignId: number): Promise<CampaignRow | undefined> {
  return db
    .selectFrom("campaigns")
    .select([
      "id",
      "kind",
      "name",
      "status",
      "organisation_id",
      "instrument_version_id",
      "opens_at",
      "closes_at",
    ])
    .where("id", "=", campaignId)
    .executeTakeFirst();
}

/** Whether an organisation takes part in a campaign (its own assessment, or in a wave's population). */
export async function takesPart(db: Db, campaign: CampaignRow, organisationId: number): Promise<boolean> {
  if (campaign.kind === "self") return campaign.organisation_id === organisationId;
  const row = await db
    .selectFrom("campaign_organisations")
    .select("organisation_id")
    .where("campaign_id", "=", campaign.id)
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  return row !== undefined;
}
