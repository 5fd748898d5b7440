import { campaignIdsOf } from "../shared/campaign-access.js";
import type { Db } from "../shared/db.js";
import { benchmarkPeers as byId, type PeerOrganisation } from "../shared/organisations.js";

export type { PeerOrganisation };

import { perDatabase } from "../shared/per-database.js";
import { submittedResponses } from "../shared/submitted-responses.js";

/**
 * The organisations a benchmark compares, with what it groups them by, in id order. Many are read as
 * the campaign's organisations (one index range, not thousands of bound ids), any outside the
 * campaign by id; a few by id.
 */
export async function benchmarkPeers(
  db: Db,
  campaignId: number,
  organisationIds: readonly number[],
): Promise<PeerOrganisation[]> {
  if (organisationIds.length <= 100) return (await byId(db, organisationIds)).sort((a, b) => a.id - b.id);
  const wanted = new Set(organisationIds);
  const members = await db
    .selectFrom("campaign_organisations as co")
    .innerJoin("organisations as o", "o.id", "co.organisation_id")
    .select(["o.id", "o.province", "o.size_class", "o.kind"])
    .where("co.campaign_id", "=", campaignId)
    .execute();
  const found = members.filter((o) => wanted.delete(o.id));
  found.push(...(await byId(db, [...wanted])));
  return found.sort((a, b) => a.id - b.id);
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

/** The submitted responses of one organisation in a campaign (ids, ascending). */
export async function responseIdsOf(db: Db, campaignId: number, organisationId: number): Promise<number[]> {
  const rows = await submittedResponses(db, campaignId)
    .select("r.id")
    .where("r.organisation_id", "=", organisationId)
    .orderBy("r.id")
    .execute();
  return rows.map((row) => row.id);
}

/** The fingerprints last read per database and campaign, with the tallies' generation they were read at. */
const fingerprintsRead = perDatabase<{ generation: number; fingerprints: Record<string, string> }>();

/**
 * Per organisation of a campaign, a fingerprint of its submitted responses (count, sum, least and
 * greatest id): it changes whenever a response is submitted or withdrawn, without reading every id.
 * Read from the tallies kept at submission and withdrawal (shared/aggregates.ts), and read again only
 * once their generation moved.
 */
export async function responseFingerprints(db: Db, campaignId: number): Promise<Record<string, string>> {
  const row = await db
    .selectFrom("submission_generations")
    .select("generation")
    .where("campaign_id", "=", campaignId)
    .executeTakeFirst();
  const generation = row?.generation ?? 0;
  const read = fingerprintsRead(db);
  const known = read.get(campaignId);
  if (known?.generation === generation) return known.fingerprints;
  const rows = await db
    .selectFrom("submission_tallies")
    .select(["organisation_id as organisationId", "submitted", "id_sum", "min_id", "max_id"])
    .where("campaign_id", "=", campaignId)
    .where("submitted", ">", 0)
    .execute();
  const fingerprints = Object.fromEntries(
    rows.map((row) => [
      String(row.organisationId),
      [row.submitted, row.id_sum, row.min_id, row.max_id].map((v) => String(Number(v))).join(":"),
    ]),
  );
  read.set(campaignId, { generation, fingerprints });
  return fingerprints;
}

/** The figures last shown to the organisation's key users in a campaign, as stored JSON. */
export function readSnapshot(
  db: Db,
  campaignId: number,
  organisationId: number,
): Promise<{ basis: string; state: string } | undefined> {
  return db
    .selectFrom("disclosure_snapshots")
    .select(["basis", "state"])
    .where("campaign_id", "=", campaignId)
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
}

/** Stores the figures now shown (one row per campaign × organisation, replaced on refresh). */
export async function writeSnapshot(
  db: Db,
  row: { campaignId: number; organisationId: number; basis: string; state: string; now: Date },
): Promise<void> {
  const values = { basis: row.basis, state: row.state, updated_at: row.now.toISOString() };
  await db
    .insertInto("disclosure_snapshots")
    .values({ campaign_id: row.campaignId, organisation_id: row.organisationId, ...values })
    .onConflict((oc) => oc.columns(["campaign_id", "organisation_id"]).doUpdateSet(values))
    .execute();
}

/** The organisations' scores last shown in the campaign's benchmarks, as stored JSON. */
export function readBenchmarkSnapshot(
  db: Db,
  campaignId: number,
): Promise<{ basis: string; state: string; updated_at: string } | undefined> {
  return db
    .selectFrom("benchmark_snapshots")
    .select(["basis", "state", "updated_at"])
    .where("campaign_id", "=", campaignId)
    .executeTakeFirst();
}

/** When the campaign's benchmark snapshot was last stored (nothing stored: undefined). */
export async function readBenchmarkSnapshotStamp(db: Db, campaignId: number): Promise<string | undefined> {
  const row = await db
    .selectFrom("benchmark_snapshots")
    .select("updated_at")
    .where("campaign_id", "=", campaignId)
    .executeTakeFirst();
  return row?.updated_at;
}

/** Stores the organisations' scores now shown in the campaign's benchmarks. */
export async function writeBenchmarkSnapshot(
  db: Db,
  row: { campaignId: number; basis: string; state: string; now: Date },
): Promise<void> {
  const values = { basis: row.basis, state: row.state, updated_at: row.now.toISOString() };
  await db
    .insertInto("benchmark_snapshots")
    .values({ campaign_id: row.campaignId, ...values })
    .onConflict((oc) => oc.column("campaign_id").doUpdateSet(values))
    .execute();
}

/** The nodes each submitted response of an organisation has a score on (response id → node ids). */
export async function scoredNodesByResponse(
  db: Db,
  campaignId: number,
  organisationId: number,
  nodeIds: readonly string[],
): Promise<Map<number, Set<string>>> {
  const byResponse = new Map<number, Set<string>>();
  if (nodeIds.length === 0) return byResponse;
  const rows = await submittedResponses(db, campaignId)
    .innerJoin("respondent_scores as s", "s.response_id", "r.id")
    .select(["s.response_id as responseId", "s.node_id as nodeId"])
    .where("r.organisation_id", "=", organisationId)
    .where("s.node_id", "in", [...nodeIds])
    .where("s.score", "is not", null)
    .execute();
  for (const row of rows) {
    const nodes = byResponse.get(row.responseId) ?? new Set<string>();
    nodes.add(row.nodeId);
    byResponse.set(row.responseId, nodes);
  }
  return byResponse;
}
