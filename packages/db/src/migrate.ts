import { type Kysely, type MigrationResultSet, Migrator, PostgresAdapter, sql } from "kysely";
import type { Database } from "./database.js";
import { migrations } from "./migrations/index.js";

export interface MigrationReport {
  applied: string[];
  total: number;
}

/**
 * The schema migrations are recorded in, on PostgreSQL: the connection's current schema. Without it
 * Kysely looks for its bookkeeping tables in every schema, and a database holding several Maturo
 * schemas (tests, staging) would find another's tables.
 */
async function migrationSchema(db: Kysely<Database>): Promise<string | undefined> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema;
}

/** Brings the schema up to date. Safe to run at every start and from several processes in turn. */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationReport> {
  const schema = await migrationSchema(db);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error")?.migrationName;
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(
      failed
        ? `migration ${failed} failed: ${reason}`
        : `migrating failed before any migration ran: ${reason}`,
    );
  }
  return {
    applied: (result.results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName),
    total: Object.keys(migrations).length,
  };
}
