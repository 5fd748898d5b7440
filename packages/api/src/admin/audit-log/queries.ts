import type { Db } from "../../shared/db.js";

/** The newest audit-log rows with the e-mail address of who acted. */
export interface AuditLogRow {
  id: number;
  at: string;
  action: string;
  campaignId: number | null;
  organisationId: number | null;
  /** JSON of what the action concerned. */
  detail: string | null;
  /** Who acted; null for an account deleted since. */
  email: string | null;
}

export function auditLog(db: Db, limit: number): Promise<AuditLogRow[]> {
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
