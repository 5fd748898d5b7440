import type { Kysely } from "kysely";
import { ownedBy, required } from "./columns.js";

// The figures last shown to key users (the disclosure time rule): per campaign × organisation, and
// the benchmarks' organisation scores per campaign.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("disclosure_snapshots")
    .addColumn("campaign_id", "integer", ownedBy("campaigns"))
    .addColumn("organisation_id", "integer", ownedBy("organisations"))
    .addColumn("basis", "text", required)
    .addColumn("state", "text", required)
    .addColumn("updated_at", "text", required)
    .addPrimaryKeyConstraint("disclosure_snapshots_pk", ["campaign_id", "organisation_id"])
    .execute();
  await db.schema
    .createTable("benchmark_snapshots")
    .addColumn("campaign_id", "integer", (col) =>
      col.primaryKey().references("campaigns.id").onDelete("cascade"),
    )
    .addColumn("basis", "text", required)
    .addColumn("state", "text", required)
    .addColumn("updated_at", "text", required)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("benchmark_snapshots").execute();
  await db.schema.dropTable("disclosure_snapshots").execute();
}
