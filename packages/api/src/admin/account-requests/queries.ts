import type { Row } from "@maturo/db";
import type { Db } from "../../shared/db.js";
import { updateById } from "../../shared/update-by-id.js";

export interface AccountRequestSummary {
  id: number;
  organisationCode: string;
  organisationName: string;
  name: string;
  email: string;
  message: string | null;
  status: Row<"account_requests">["status"];
  createdAt: string;
}

export function listAccountRequests(db: Db): Promise<AccountRequestSummary[]> {
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

export function accountRequest(db: Db, requestId: number): Promise<Row<"account_requests"> | undefined> {
  return db.selectFrom("account_requests").selectAll().where("id", "=", requestId).executeTakeFirst();
}

export async function decide(
  db: Db,
  requestId: number,
  decision: { status: "approved" | "rejected"; at: string; by: number },
): Promise<void> {
  await updateById(db, "account_requests", requestId, {
    status: decision.status,
    decided_at: decision.at,
    decided_by: decision.by,
  });
}
