import type { Database } from "@maturo/db";
import type { Kysely } from "kysely";
import { hashToken } from "../auth/tokens.js";
import { AppError } from "../errors.js";
import type { Localized } from "../localized.js";

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
  if (!row)
    throw new AppError("NOT_FOUND", {
      en: "this link is unknown or no longer valid",
      nl: "deze link is onbekend of niet meer geldig",
    });
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

export function assertAnswerable(invitation: RespondentInvitation, now: Date): void {
  const state = linkState(invitation, now);
  const reasons: Record<Exclude<LinkState, "open">, Localized> = {
    "not-yet-open": { en: "this questionnaire is not open yet", nl: "deze vragenlijst is nog niet open" },
    closed: { en: "this questionnaire is closed", nl: "deze vragenlijst is afgesloten" },
    submitted: {
      en: "this response has already been submitted",
      nl: "deze antwoorden werden al ingediend",
    },
    withdrawn: { en: "this response was withdrawn", nl: "deze antwoorden werden ingetrokken" },
  };
  if (state !== "open") throw new AppError("PRECONDITION_FAILED", reasons[state]);
}
