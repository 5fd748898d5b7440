import type { Generated } from "kysely";

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
