import type { Database } from "@maturo/db";
import type { Kysely } from "kysely";
import { hashToken } from "../auth/tokens.js";
import { AppError, type MessageCode } from "../errors.js";

export interface RespondentInvitation {
  invitationId: number;
  campaignId: number;
  organisationId: number;
  role: "director" | "manager" | "staff";
  invitationStatus: "invited" | "started" | "submitted" | "withdrawn";
  campaignStatus: "open" | "closed";
  campaignName: string;
  opensAt: string;
  closesAt: string | null;
  instrumentVersionId: number;
  organisationName: string;
  responseId: number | null;
  responseStatus: "in_progress" | "submitted" | null;
}

/** The invitation behind a personal link; NOT_FOUND for a link that never existed or was purged. */
export async function findInvitationByToken(
  db: Kysely<Database>,
  secret: string,
  token: string,
): Promise<RespondentInvitation> {
  const row = await db
    .selectFrom("invitations as i")
    .innerJoin("campaigns as c", "c.id", "i.campaign_id")
    .innerJoin("organisations as o", "o.id", "i.organisation_id")
    .leftJoin("responses as r", "r.invitation_id", "i.id")
    .select([
      "i.id as invitationId",
      "i.campaign_id as campaignId",
      "i.organisation_id as organisationId",
      "i.role",
      "i.status as invitationStatus",
      "c.status as campaignStatus",
      "c.name as campaignName",
      "c.opens_at as opensAt",
      "c.closes_at as closesAt",
      "c.instrument_version_id as instrumentVersionId",
      "o.name as organisationName",
      "r.id as responseId",
      "r.status as responseStatus",
    ])
    .where("i.token_hash", "=", hashToken(secret, token))
    .executeTakeFirst();
  if (!row) throw new AppError("survey.unknown-link");
  return row;
}

export type LinkState = "open" | "not-yet-open" | "closed" | "submitted" | "withdrawn";

/** Whether the respondent may still answer, and if not, why. */
export function linkState(invitation: RespondentInvitation, now: Date): LinkState {
  if (invitation.invitationStatus === "withdrawn") return "withdrawn";
  if (invitation.invitationStatus === "submitted" || invitation.responseStatus === "submitted")
    return "submitted";
  if (invitation.campaignStatus === "closed") return "closed";
  if (invitation.closesAt && invitation.closesAt <= now.toISOString()) return "closed";
  if (invitation.opensAt > now.toISOString()) return "not-yet-open";
  return "open";
}

/** Why a link in each state refuses answers. */
const REFUSALS = {
  "not-yet-open": "survey.not-yet-open",
  closed: "survey.closed",
  submitted: "survey.submitted",
  withdrawn: "survey.withdrawn",
} as const satisfies Record<Exclude<LinkState, "open">, MessageCode>;

export function assertAnswerable(invitation: RespondentInvitation, now: Date): void {
  const state = linkState(invitation, now);
  if (state !== "open") throw new AppError(REFUSALS[state]);
}
