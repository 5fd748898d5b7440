import type { Database } from "@maturo/db";
import type { Kysely } from "kysely";
import { notFound } from "../../errors.js";
import type { Db } from "../../shared/db.js";
import { endedUnpurged, purgeCampaign, setRetentionDays } from "./queries.js";

/** When a campaign ended: closed by hand or its closing date, whichever came first; null while neither. */
function endedAt(campaign: { closed_at: string | null; closes_at: string | null }): number | null {
  const ends = [campaign.closed_at, campaign.closes_at]
    .filter((d): d is string => d !== null)
    .map(Date.parse);
  return ends.length > 0 ? Math.min(...ends) : null;
}

/**
 * Deletes e-mail addresses and personal-link tokens of campaigns that ended longer ago than their
 * retention period (docs/architecture.md, "Privacy"): closed by hand, or past their closing date
 * (the campaign status comes from its dates). Answers stay, pseudonymous. Returns the campaigns purged.
 */
export async function purgeExpired(db: Kysely<Database>, now: Date, defaultDays: number): Promise<number[]> {
  const due = (await endedUnpurged(db)).filter((c) => {
    const ended = endedAt(c);
    return ended !== null && ended + (c.retention_days ?? defaultDays) * 86_400_000 <= now.getTime();
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
