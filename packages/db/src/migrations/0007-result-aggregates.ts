import { type Kysely, sql } from "kysely";
import { ownedBy, required } from "./columns.js";

// Frozen once released (see 0001): no application imports.
// Key-user results at scale (issue 18): per campaign × organisation, the submitted responses'
// count, id sum and least and greatest id (min_id, max_id) (the benchmark time rule's fingerprint), kept at submit
// and withdrawal instead of grouping the whole campaign on every request; and an index that lets
// one organisation's score moments be read without scanning the campaign.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("submission_tallies")
    .addColumn("campaign_id", "integer", ownedBy("campaigns"))
    .addColumn("organisation_id", "integer", ownedBy("organisations"))
    .addColumn("submitted", "integer", required)
    .addColumn("id_sum", "bigint", required)
    .addColumn("min_id", "integer", required)
    .addColumn("max_id", "integer", required)
    .addPrimaryKeyConstraint("submission_tallies_pk", ["campaign_id", "organisation_id"])
    .execute();
  await sql`insert into submission_tallies (campaign_id, organisation_id, submitted, id_sum, min_id, max_id)
    select campaign_id, organisation_id, count(*), sum(id), min(id), max(id)
    from responses where status = 'submitted' group by campaign_id, organisation_id`.execute(db);
  // Bumped with every change of a campaign's tallies: a reader that saw this generation may keep
  // what it read. No row yet: generation 0.
  await db.schema
    .createTable("submission_generations")
    .addColumn("campaign_id", "integer", (col) =>
      col.primaryKey().references("campaigns.id").onDelete("cascade"),
    )
    .addColumn("generation", "integer", required)
    .execute();
  await db.schema
    .createIndex("respondent_scores_organisation_idx")
    .on("respondent_scores")
    .columns(["campaign_id", "organisation_id", "node_id", "role", "score"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("respondent_scores_organisation_idx").execute();
  await db.schema.dropTable("submission_generations").execute();
  await db.schema.dropTable("submission_tallies").execute();
}
