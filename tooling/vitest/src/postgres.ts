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
