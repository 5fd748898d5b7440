import type { Role } from "@maturo/model";
import { hashRespondentToken } from "../auth/tokens.js";
import { AppError, type MessageCode } from "../errors.js";
import { campaignStatus } from "../shared/campaign-status.js";
import type { Db } from "../shared/db.js";
import { invitationAndDeviceByHash, invitationByTokenHash } from "./queries.js";

export interface RespondentInvitation {
  invitationId: number;
  campaignId: number;
  organisationId: number;
  role: Role;
  invitationStatus: "invited" | "started" | "submitted" | "withdrawn";
  /** When the key user revoked the invitation: the link then no longer answers. */
  revokedAt: string | null;
  campaignStatus: "open" | "closed";
  campaignName: string;
  opensAt: string;
  closesAt: string | null;
  instrumentVersionId: number;
  /** The version's content hash: its compiled form is cached by it (loadInstrumentVersion). */
  instrumentHash: string;
  organisationName: string;
  /** The invited address (null for handed-out links, or once retention removed it). */
  email: string | null;
  responseId: number | null;
  responseStatus: "in_progress" | "submitted" | null;
}

/** The invitation behind a personal link; NOT_FOUND for a link that never existed or was purged. */
export async function findInvitationByToken(
  db: Db,
  secret: string,
  token: string,
): Promise<RespondentInvitation> {
  const invitation = await invitationByTokenHash(db, hashRespondentToken(secret, token));
  if (!invitation) throw new AppError("survey.unknown-link");
  return invitation;
}

/**
 * findInvitationByToken for a save: with, in the same read, whether the device key the request
 * presents (`deviceKey`, null when it presents none) is bound to the invitation's response.
 */
export async function findInvitationForDevice(
  db: Db,
  secret: string,
  token: string,
  deviceKey: string | null,
): Promise<{ invitation: RespondentInvitation; deviceBound: boolean }> {
  // No key: an empty hash, which no stored (hex) hash equals.
  const deviceHash = deviceKey === null ? "" : hashRespondentToken(secret, deviceKey);
  const found = await invitationAndDeviceByHash(db, hashRespondentToken(secret, token), deviceHash);
  if (!found) throw new AppError("survey.unknown-link");
  return found;
}

export type LinkState = "open" | "not-yet-open" | "closed" | "submitted" | "withdrawn" | "revoked";

/** Whether the respondent may still answer, and if not, why. */
export function linkState(invitation: RespondentInvitation, now: Date): LinkState {
  if (invitation.revokedAt !== null) return "revoked";
  if (invitation.invitationStatus === "withdrawn") return "withdrawn";
  if (invitation.invitationStatus === "submitted" || invitation.responseStatus === "submitted")
    return "submitted";
  const status = campaignStatus(
    { status: invitation.campaignStatus, opensAt: invitation.opensAt, closesAt: invitation.closesAt },
    now,
  );
  return status === "scheduled" ? "not-yet-open" : status;
}

/** Why a link in each state refuses answers. */
const REFUSALS = {
  "not-yet-open": "survey.not-yet-open",
  closed: "survey.closed",
  submitted: "survey.submitted",
  withdrawn: "survey.withdrawn",
  revoked: "survey.revoked",
} as const satisfies Record<Exclude<LinkState, "open">, MessageCode>;

export function assertAnswerable(invitation: RespondentInvitation, now: Date): void {
  const state = linkState(invitation, now);
  if (state !== "open") throw new AppError(REFUSALS[state]);
}
