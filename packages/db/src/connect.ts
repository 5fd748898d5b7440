import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, SqliteDialect, type SqliteDatabase as SqliteDialectDatabase } from "kysely";
import pg from "pg";
import { CurrentSchemaPostgresDialect } from "./current-schema-introspector.js";
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
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  sqliteConnections.set(db, sqlite);
  return { db, dialect: "sqlite", location: file, sqlite, close: () => db.destroy() };
}

/** The raw SQLite connection and its prepared statements, for the callers of sqliteConnectionOf. */
export type SqliteConnection = SqliteDatabase.Database;
export type SqliteStatement<
  BindParameters extends unknown[] | object,
  Result = unknown,
> = SqliteDatabase.Statement<BindParameters, Result>;

const sqliteConnections = new WeakMap<Kysely<Database>, SqliteDatabase.Database>();

/**
 * The raw connection under a SQLite Kysely handle (null on PostgreSQL), for the few hot paths that
 * run prepared statements synchronously. Use it only while holding kysely's connection
 * (`db.connection().execute`), so no kysely transaction is open on it at the time.
 */
export function sqliteConnectionOf(db: Kysely<Database>): SqliteConnection | null {
  return sqliteConnections.get(db) ?? null;
}

/** Statements kept per SQL text; beyond this many distinct texts the cache starts over. */
const STATEMENT_CACHE_SIZE = 1_000;

/**
 * Gives kysely each distinct SQL text's prepared statement once instead of preparing it on every
 * query (a tenth of a save's CPU). SQLite has one connection behind kysely's mutex, so a statement
 * is never in use twice at once.
 */
function withStatementCache(sqlite: SqliteDatabase.Database): SqliteDialectDatabase {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text) {
      let statement = statements.get(text);
      if (!statement) {
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.clear();
        statement = sqlite.prepare(text);
        statements.set(text, statement);
      }
      return statement;
    },
  };
}

function openPostgres(url: string): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = new Kysely<Database>({ dialect: new CurrentSchemaPostgresDialect({ pool }) });
  return { db, dialect: "postgres", location: redact(url), sqlite: null, close: () => db.destroy() };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}
