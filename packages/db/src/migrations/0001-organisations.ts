import type { Kysely } from "kysely";
import { idColumn } from "./dialect.js";

// Migrations are frozen once released: they take Kysely<any> and never import application code.
// Timestamps are ISO-8601 UTC text written by the application, identical on both dialects.
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("organisations")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("code", "text", (col) => col.notNull().unique())
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("kind", "text", (col) => col.notNull())
    .addColumn("province", "text")
    .addColumn("size_class", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("organisations").execute();
}
