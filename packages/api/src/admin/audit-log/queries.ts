import type { Db } from "../../shared/db.js";

/** The newest audit-log rows with the e-mail address of who acted. */
export function auditLog(db: Db, limit: number) {
  return db
    .selectFrom("audit_log")
    .leftJoin("users", "users.id", "audit_log.user_id")
    .select([
      "audit_log.id",
      "audit_log.at",
      "audit_log.action",
      "audit_log.campaign_id as campaignId",
      "audit_log.organisation_id as organisationId",
      "audit_log.detail",
      "users.email",
    ])
    .orderBy("audit_log.id", "desc")
    .limit(limit)
    .execute();
}
