import { notFound } from "../errors.js";
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
  const row = await db
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
  if (!row) throw notFound("campaign");
  return row;
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
