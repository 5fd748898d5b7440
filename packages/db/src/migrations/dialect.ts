import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations run against Kysely<any>
type AnyKysely = Kysely<any>;

/** The two dialects the migrations support; SQL differs between them only in a few places. */
export function isPostgres(db: AnyKysely): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** An auto-numbered integer primary key: `integer primary key` on SQLite, an identity on PostgreSQL. */
export function idColumn(db: AnyKysely): (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder {
  return isPostgres(db)
    ? (col) => col.primaryKey().generatedByDefaultAsIdentity()
    : (col) => col.primaryKey().autoIncrement();
}
