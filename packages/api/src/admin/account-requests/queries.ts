import type { Db } from "../../shared/db.js";

export function listAccountRequests(db: Db) {
  return db
    .selectFrom("account_requests")
    .select([
      "id",
      "organisation_code as organisationCode",
      "organisation_name as organisationName",
      "name",
      "email",
      "message",
      "status",
      "created_at as createdAt",
    ])
    .orderBy("created_at", "desc")
    .execute();
}

export function accountRequest(db: Db, requestId: number) {
  return db.selectFrom("account_requests").selectAll().where("id", "=", requestId).executeTakeFirst();
}

export async function decide(
  db: Db,
  requestId: number,
  decision: { status: "approved" | "rejected"; at: string; by: number },
): Promise<void> {
  await db
    .updateTable("account_requests")
    .set({ status: decision.status, decided_at: decision.at, decided_by: decision.by })
    .where("id", "=", requestId)
    .execute();
}
