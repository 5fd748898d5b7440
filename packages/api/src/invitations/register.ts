import { ROLES, type Role } from "@maturo/model";
import type { Db } from "../shared/db.js";
import { registerRows } from "./queries.js";

/**
 * One invitation as the key user may know it: the address as they entered it (null for a letter),
 * when it was made, when a reminder round or resend they asked for last covered it, and whether they
 * revoked it — never whether its respondent started or submitted (DESIGN §7).
 */
export interface RegisterEntry {
  id: number;
  address: string | null;
  invitedAt: string;
  remindedAt: string | null;
  revokedAt: string | null;
}

/** The invitations of one organisation in one campaign, per role, oldest first. */
export async function invitationRegister(
  db: Db,
  campaignId: number,
  organisationId: number,
): Promise<{ roles: { role: Role; invitations: RegisterEntry[] }[] }> {
  const rows = await registerRows(db, campaignId, organisationId);
  return {
    roles: ROLES.map((role) => ({
      role,
      invitations: rows
        .filter((row) => row.role === role)
        .map((row) => ({
          id: row.id,
          address: row.email,
          invitedAt: row.created_at,
          remindedAt: row.reminded_at,
          revokedAt: row.revoked_at,
        })),
    })),
  };
}
