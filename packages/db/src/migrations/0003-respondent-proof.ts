import type { Kysely } from "kysely";
import { ownedBy, required } from "./columns.js";

// What proves a respondent is the one who answered (docs/decisions.md, "Links are for answering"):
// the keyed hash of a device key the respondent's browser keeps, or of the resume code shown at the
// first save. Only hashes are stored; the rows go with their response. Plus the times of cleared answers.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("response_secrets")
    .addColumn("response_id", "integer", ownedBy("responses"))
    .addColumn("kind", "text", required)
    .addColumn("hash", "text", required)
    .addColumn("created_at", "text", required)
    .addPrimaryKeyConstraint("response_secrets_pk", ["response_id", "kind", "hash"])
    .execute();

  // A cleared answer leaves its time behind, so a save older than the clear (a retry, another
  // device) is recognised as stale instead of bringing the answer back.
  await db.schema
    .createTable("cleared_answers")
    .addColumn("response_id", "integer", ownedBy("responses"))
    .addColumn("item_id", "text", required)
    .addColumn("client_at", "text", required)
    .addPrimaryKeyConstraint("cleared_answers_pk", ["response_id", "item_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("cleared_answers").execute();
  await db.schema.dropTable("response_secrets").execute();
}
