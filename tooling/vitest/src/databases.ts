import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createIsolatedSchema, probePostgres } from "./postgres.js";

/** Where a suite's database lives: an empty SQLite folder, or an empty PostgreSQL schema. */
export interface TestDatabaseTarget {
  dialect: "sqlite" | "postgres";
  /** Pass to the app's config: `dataDir` for SQLite, `databaseUrl` for PostgreSQL. */
  config: { dataDir?: string; databaseUrl?: string };
  dispose(): Promise<void>;
}

export interface TestDatabaseFactory {
  dialect: "sqlite" | "postgres";
  create(): Promise<TestDatabaseTarget>;
}

/**
 * The dialects every repository and router test loops over: SQLite always, PostgreSQL when the test
 * server answers (always in CI, where a missing server fails the run instead of skipping).
 */
export async function testDatabaseFactories(): Promise<TestDatabaseFactory[]> {
  const factories: TestDatabaseFactory[] = [
    {
      dialect: "sqlite",
      async create() {
        const dataDir = await mkdtemp(join(tmpdir(), "maturo-test-"));
        return {
          dialect: "sqlite",
          config: { dataDir },
          dispose: () => rm(dataDir, { recursive: true, force: true }),
        };
      },
    },
  ];
  const pgUrl = await probePostgres();
  if (pgUrl) {
    factories.push({
      dialect: "postgres",
      async create() {
        const schema = await createIsolatedSchema(pgUrl);
        return { dialect: "postgres", config: { databaseUrl: schema.url }, dispose: () => schema.drop() };
      },
    });
  }
  return factories;
}
