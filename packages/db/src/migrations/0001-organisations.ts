import type { Kysely } from "kysely";
import { required, requiredUnique } from "./columns.js";
import { idColumn } from "./dialect.js";

// Migrations are frozen once released: they take Kysely<unknown> (no table types) and never import
// application code.
// Timestamps are ISO-8601 UTC text written by the application, identical on both dialects.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("organisations")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("code", "text", requiredUnique)
    .addColumn("name", "text", required)
    .addColumn("kind", "text", required)
    .addColumn("province", "text")
    .addColumn("size_class", "text")
    .addColumn("created_at", "text", required)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("organisations").execute();
}
