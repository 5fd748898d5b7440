import type { Row } from "@maturo/db";
import type { Db } from "../../shared/db.js";
import { updateById } from "../../shared/update-by-id.js";

/**
 * Campaigns that have ended (closed by hand, or with a closing date) and whose e-mail addresses and
 * tokens have not been deleted yet; the caller checks the dates against the retention period.
 */
export function endedUnpurged(
  db: Db,
): Promise<Pick<Row<"campaigns">, "id" | "closed_at" | "closes_at" | "retention_days">[]> {
  return db
    .selectFrom("campaigns")
    .select(["id", "closed_at", "closes_at", "retention_days"])
    .where("purged_at", "is", null)
    .where((eb) => eb.or([eb("closed_at", "is not", null), eb("closes_at", "is not", null)]))
    .execute();
}

/** Deletes a campaign's e-mail addresses and personal-link tokens and records when. */
export async function purgeCampaign(db: Db, campaignId: number, at: string): Promise<void> {
  await db
    .updateTable("invitations")
    .set({ email: null, token_hash: null, token_sealed: null })
    .where("campaign_id", "=", campaignId)
    .execute();
  await updateById(db, "campaigns", campaignId, { purged_at: at });
}

/** Sets a campaign's retention period; false when there is no such campaign. */
export function setRetentionDays(db: Db, campaignId: number, days: number): Promise<boolean> {
  return updateById(db, "campaigns", campaignId, { retention_days: days });
}
