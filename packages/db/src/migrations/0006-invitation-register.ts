import type { Kysely } from "kysely";

// Frozen once released (see 0001): no application imports.
// The invitation register (docs/decisions.md, "Invitation register (issue 15)"): when the key user
// revoked an invitation (its link then no longer answers), and when a reminder round or a resend the
// key user asked for last covered it — the same for everyone a round covered, whether or not a mail
// went out, so it never tells who has answered.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("invitations").addColumn("revoked_at", "text").execute();
  await db.schema.alterTable("invitations").addColumn("reminded_at", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("invitations").dropColumn("reminded_at").execute();
  await db.schema.alterTable("invitations").dropColumn("revoked_at").execute();
}
