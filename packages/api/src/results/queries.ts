import { campaignIdsOf } from "../shared/campaign-access.js";
import type { Db } from "../shared/db.js";

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
