import type { Generated } from "kysely";

/** One respondent's answers to one campaign (in progress or submitted). */
export interface ResponsesTable {
  id: Generated<number>;
  invitation_id: number;
  campaign_id: number;
  organisation_id: number;
  role: "director" | "manager" | "staff";
  /** Random id that researchers see instead of anything identifying. */
  pseudonym: string;
  locale: "nl" | "en";
  status: "in_progress" | "submitted";
  started_at: string;
  updated_at: string;
  submitted_at: string | null;
}
