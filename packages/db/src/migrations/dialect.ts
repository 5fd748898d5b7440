import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter } from "kysely";

type UntypedKysely = Kysely<unknown>;

/** The two dialects the migrations support; SQL differs between them only in a few places. */
export function isPostgres(db: UntypedKysely): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** An auto-numbered integer primary key: `integer primary key` on SQLite, an identity on PostgreSQL. */
export function idColumn(db: UntypedKysely): (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder {
  return isPostgres(db)
    ? (col) => col.primaryKey().generatedByDefaultAsIdentity()
    : (col) => col.primaryKey().autoIncrement();
}
