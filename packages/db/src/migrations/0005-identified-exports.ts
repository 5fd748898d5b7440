import type { Kysely } from "kysely";

// Frozen once released (see 0001): no application imports.
// When the admin allowed a researcher identified research exports (names and codes); null: not allowed.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").addColumn("identified_exports_at", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("identified_exports_at").execute();
}
