import type { Database } from "@maturo/db";
import type { Kysely } from "kysely";
import { notFound } from "../../errors.js";
import type { Db } from "../../shared/db.js";
import { closedUnpurged, purgeCampaign, setRetentionDays } from "./queries.js";

/**
 * Deletes e-mail addresses and personal-link tokens of campaigns closed longer ago than their
 * retention period (docs/architecture.md, "Privacy"). Answers stay, pseudonymous. Returns the
 * campaigns purged.
 */
export async function purgeExpired(db: Kysely<Database>, now: Date, defaultDays: number): Promise<number[]> {
  const due = (await closedUnpurged(db)).filter((c) => {
    const days = c.retention_days ?? defaultDays;
    return c.closed_at !== null && new Date(c.closed_at).getTime() + days * 86_400_000 <= now.getTime();
  });
  for (const campaign of due)
    await db.transaction().execute((trx) => purgeCampaign(trx, campaign.id, now.toISOString()));
  return due.map((c) => c.id);
}

/** Days after a campaign closes before its e-mail addresses and tokens are deleted. */
export async function setRetention(db: Db, campaignId: number, days: number): Promise<{ ok: true }> {
  if (!(await setRetentionDays(db, campaignId, days))) throw notFound("campaign");
  return { ok: true };
}
