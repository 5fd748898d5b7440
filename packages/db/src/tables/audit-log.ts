import type { Generated, Insertable, Selectable, Updateable } from "kysely";

/** Who exported or viewed what, and other actions worth an audit trail. */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  /** e.g. research.export, research.view, account.approve */
  action: string;
  campaign_id: number | null;
  organisation_id: number | null;
  /** JSON with the particulars (format, filters). */
  detail: string | null;
}

export type AuditEntry = Selectable<AuditLogTable>;
export type NewAuditEntry = Insertable<AuditLogTable>;
export type AuditEntryUpdate = Updateable<AuditLogTable>;
