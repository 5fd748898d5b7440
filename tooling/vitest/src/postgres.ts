import pg from "pg";
import { missingService } from "./environment.js";

export const DEFAULT_TEST_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/test";

/** The PostgreSQL test server's URL: `MATURO_TEST_DATABASE_URL`, else the project's standard test server. */
export function testDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.MATURO_TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
}

/** Connects once; returns the URL when the server answers, else null (or throws in CI). */
export async function probePostgres(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  const url = testDatabaseUrl(env);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    return url;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return missingService("PostgreSQL", `${url} did not answer (${reason})`, env);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface IsolatedSchema {
  /** Connection URL whose search_path is the fresh schema, so each suite sees empty tables. */
  url: string;
  schema: string;
  drop(): Promise<void>;
}

/** Creates an empty schema on the test server so suites never see each other's rows. */
export async function createIsolatedSchema(baseUrl: string): Promise<IsolatedSchema> {
  const schema = `t_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`create schema "${schema}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.searchParams.set("options", `-c search_path=${schema}`);
  return {
    url: url.toString(),
    schema,
    async drop(): Promise<void> {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      try {
        await client.query(`drop schema if exists "${schema}" cascade`);
      } finally {
        await client.end();
      }
    },
  };
}
