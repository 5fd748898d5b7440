import { campaignIdsOf } from "../shared/campaign-access.js";
import type { Db } from "../shared/db.js";
import { submittedResponses } from "../shared/submitted-responses.js";

/** The organisations a benchmark compares, with what it groups them by. */
export function benchmarkPeers(
  db: Db,
  organisationIds: readonly number[],
): Promise<{ id: number; province: string | null; size_class: string | null; kind: string }[]> {
  return db
    .selectFrom("organisations")
    .select(["id", "province", "size_class", "kind"])
    .where("id", "in", [...organisationIds])
    .execute();
}

/** The campaigns an organisation takes part in that opened no later than `latest`, oldest first. */
export function campaignsOpenedBy(
  db: Db,
  organisationId: number,
  latest: string,
): Promise<{ id: number; name: string; opensAt: string; versionId: number }[]> {
  return db
    .selectFrom("campaigns as c")
    .select(["c.id", "c.name", "c.opens_at as opensAt", "c.instrument_version_id as versionId"])
    .where("c.id", "in", campaignIdsOf(db, organisationId))
    .where("c.opens_at", "<=", latest)
    .orderBy("c.opens_at")
    .execute();
}

/** The submitted responses of a campaign per organisation (id → response ids, ascending). */
export async function responseIdsByOrganisation(
  db: Db,
  campaignId: number,
  organisationId?: number,
): Promise<Record<string, number[]>> {
  let query = submittedResponses(db, campaignId)
    .select(["r.organisation_id as organisationId", "r.id"])
    .orderBy("r.id");
  if (organisationId !== undefined) query = query.where("r.organisation_id", "=", organisationId);
  const basis: Record<string, number[]> = {};
  for (const row of await query.execute()) {
    const key = String(row.organisationId);
    basis[key] = [...(basis[key] ?? []), row.id];
  }
  return basis;
}

/** The figures last shown to the organisation's key users in a campaign, as stored JSON. */
export function readSnapshot(
  db: Db,
  campaignId: number,
  organisationId: number,
): Promise<{ own: string; peers: string | null } | undefined> {
  return db
    .selectFrom("disclosure_snapshots")
    .select(["own", "peers"])
    .where("campaign_id", "=", campaignId)
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
}

/** Stores the figures now shown (one row per campaign × organisation, replaced on refresh). */
export async function writeSnapshot(
  db: Db,
  row: { campaignId: number; organisationId: number; own: string; peers: string | null; now: Date },
): Promise<void> {
  const values = { own: row.own, peers: row.peers, updated_at: row.now.toISOString() };
  await db
    .insertInto("disclosure_snapshots")
    .values({ campaign_id: row.campaignId, organisation_id: row.organisationId, ...values })
    .onConflict((oc) => oc.columns(["campaign_id", "organisation_id"]).doUpdateSet(values))
    .execute();
}
