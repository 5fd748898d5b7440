import type { Db } from "./db.js";

export interface AuditEvent {
  userId: number | null;
  action: string;
  campaignId?: number | null;
  organisationId?: number | null;
  detail?: Record<string, unknown>;
}

/** Appends to the audit log: who exported or viewed research data, who approved whom. */
export async function appendAudit(db: Db, now: Date, event: AuditEvent): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      at: now.toISOString(),
      user_id: event.userId,
      action: event.action,
      campaign_id: event.campaignId ?? null,
      organisation_id: event.organisationId ?? null,
      detail: event.detail ? JSON.stringify(event.detail) : null,
    })
    .execute();
}
