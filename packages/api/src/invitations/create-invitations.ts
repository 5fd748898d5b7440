import type { Database } from "@maturo/db";
import type { Role } from "@maturo/model";
import type { Kysely } from "kysely";
import { hashToken, newToken, sealToken } from "../auth/tokens.js";

export interface CreatedLink {
  invitationId: number;
  role: Role;
  email: string | null;
  /** The personal link's token; shown once, only its hash is stored. */
  token: string;
}

/** Creates personal links (one per e-mail address, or `count` anonymous ones) for one role. */
export async function createInvitations(
  db: Kysely<Database>,
  secret: string,
  now: Date,
  target: { campaignId: number; organisationId: number; role: Role },
  recipients: { emails: string[] } | { count: number },
): Promise<CreatedLink[]> {
  const emails: (string | null)[] =
    "emails" in recipients ? recipients.emails : Array.from({ length: recipients.count }, () => null);
  const created: CreatedLink[] = [];
  await db.transaction().execute(async (trx) => {
    for (const email of emails) {
      const token = newToken();
      const row = await trx
        .insertInto("invitations")
        .values({
          campaign_id: target.campaignId,
          organisation_id: target.organisationId,
          role: target.role,
          token_hash: hashToken(secret, token),
          token_sealed: sealToken(secret, token),
          email,
          status: "invited",
          last_sent_at: null,
          created_at: now.toISOString(),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      created.push({ invitationId: row.id, role: target.role, email, token });
    }
  });
  return created;
}

/** The personal link of a token, absolute when the server knows its public address. */
export function surveyLink(publicUrl: string | null, token: string): string {
  return `${publicUrl ?? ""}/s/${token}`;
}
