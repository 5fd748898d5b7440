import type { Kysely } from "kysely";

// The figures last shown to key users, per campaign × organisation (the disclosure time rule).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("disclosure_snapshots")
    .addColumn("campaign_id", "integer", (col) =>
      col.notNull().references("campaigns.id").onDelete("cascade"),
    )
    .addColumn("organisation_id", "integer", (col) =>
      col.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("own", "text", (col) => col.notNull())
    .addColumn("peers", "text")
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("disclosure_snapshots_pk", ["campaign_id", "organisation_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("disclosure_snapshots").execute();
}
