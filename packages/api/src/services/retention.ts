import type { Database } from "@maturo/db";
import type { Kysely } from "kysely";

/**
 * Deletes e-mail addresses and personal-link tokens of campaigns closed longer ago than their
 * retention period (DESIGN §7). Answers stay, pseudonymous. Returns the campaigns purged.
 */
export async function purgeExpired(db: Kysely<Database>, now: Date, defaultDays: number): Promise<number[]> {
  const closed = await db
    .selectFrom("campaigns")
    .select(["id", "closed_at", "retention_days"])
    .where("status", "=", "closed")
    .where("purged_at", "is", null)
    .where("closed_at", "is not", null)
    .execute();
  const due = closed.filter((c) => {
    const days = c.retention_days ?? defaultDays;
    return c.closed_at !== null && new Date(c.closed_at).getTime() + days * 86_400_000 <= now.getTime();
  });
  for (const campaign of due) {
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable("invitations")
        .set({ email: null, token_hash: null, token_sealed: null })
        .where("campaign_id", "=", campaign.id)
        .execute();
      await trx
        .updateTable("campaigns")
        .set({ purged_at: now.toISOString() })
        .where("id", "=", campaign.id)
        .execute();
    });
  }
  return due.map((c) => c.id);
}
