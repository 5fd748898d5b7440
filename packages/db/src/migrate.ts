import type { Kysely } from "kysely";
import { type MigrationResultSet, Migrator } from "kysely/migration";
import type { Database } from "./database.js";
import { migrations } from "./migrations/index.js";

export interface MigrationReport {
  applied: string[];
  total: number;
}

/** Brings the schema up to date. Safe to run at every start and from several processes in turn. */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationReport> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(`migration ${failed} failed: ${reason}`);
  }
  return {
    applied: (result.results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName),
    total: Object.keys(migrations).length,
  };
}
