import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Database } from "./database.js";

export type DialectName = "sqlite" | "postgres";

export interface DatabaseConfig {
  /** `postgres://…` selects PostgreSQL; absent means the embedded SQLite file. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded SQLite file (`maturo.sqlite`); created when missing. */
  dataDir?: string | undefined;
}

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Human-readable location without credentials, for logs. */
  location: string;
  /** The raw SQLite connection (for online backups); null on PostgreSQL. */
  sqlite: SqliteDatabase.Database | null;
  close(): Promise<void>;
}

export const SQLITE_FILE_NAME = "maturo.sqlite";

/** Opens the configured database: PostgreSQL for a postgres URL, else SQLite in WAL mode. */
export function openDatabase(config: DatabaseConfig): DatabaseHandle {
  const url = config.databaseUrl?.trim();
  if (url && /^postgres(ql)?:\/\//.test(url)) return openPostgres(url);
  if (url) throw new Error(`DATABASE_URL must start with postgres:// (got "${redact(url)}")`);
  return openSqlite(resolve(config.dataDir ?? "data"));
}

function openSqlite(dataDir: string): DatabaseHandle {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, SQLITE_FILE_NAME);
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma("journal_mode = WAL");
  // FULL: an answer acknowledged to a respondent survives a power cut, not just a process crash.
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: "sqlite", location: file, sqlite, close: () => db.destroy() };
}

function openPostgres(url: string): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: "postgres", location: redact(url), sqlite: null, close: () => db.destroy() };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}
