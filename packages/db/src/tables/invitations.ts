import type { Generated } from "kysely";

/** A personal link for one respondent of one organisation in one role. */
export interface InvitationsTable {
  id: Generated<number>;
  campaign_id: number;
  organisation_id: number;
  role: "director" | "manager" | "staff";
  /** HMAC of the personal token; null once retention has removed it. */
  token_hash: string | null;
  /** The token encrypted with the server secret, so reminders can resend the same link; purged with it. */
  token_sealed: string | null;
  email: string | null;
  status: "invited" | "started" | "submitted" | "withdrawn";
  reminders_sent: Generated<number>;
  last_sent_at: string | null;
  created_at: string;
  /** When the key user revoked it: the link then no longer answers; submitted answers stay. */
  revoked_at: string | null;
  /**
   * When a reminder round or a resend the key user asked for last covered it (set for every invitation
   * a round covers, mailed or not, so it never tells who has answered). `last_sent_at` is internal.
   */
  reminded_at: string | null;
}
