import type { Database } from "@maturo/db";
import type { Kysely } from "kysely";
import type { SessionUser } from "../auth/sessions.js";
import { AppError, notFound } from "../errors.js";

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
export function campaignIdsOf(db: Kysely<Database>, organisationId: number) {
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

export async function findCampaign(db: Kysely<Database>, campaignId: number): Promise<CampaignRow> {
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
export async function takesPart(
  db: Kysely<Database>,
  campaign: CampaignRow,
  organisationId: number,
): Promise<boolean> {
  if (campaign.kind === "self") return campaign.organisation_id === organisationId;
  const row = await db
    .selectFrom("campaign_organisations")
    .select("organisation_id")
    .where("campaign_id", "=", campaign.id)
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Who may manage invitations of (campaign, organisation): the organisation's key user when the
 * organisation takes part; researchers and admins for waves.
 */
export async function assertMayInvite(
  db: Kysely<Database>,
  user: SessionUser,
  campaign: CampaignRow,
  organisationId: number,
): Promise<void> {
  if (!(await takesPart(db, campaign, organisationId))) throw new AppError("invitation.not-taking-part");
  if (user.role === "keyuser" && user.organisationIds.includes(organisationId)) return;
  if ((user.role === "researcher" || user.role === "admin") && campaign.kind === "wave") return;
  throw new AppError("invitation.may-not-invite");
}
