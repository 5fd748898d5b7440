import { type Database, type SqliteConnection, type SqliteStatement, sqliteConnectionOf } from "@maturo/db";
import type { Compilable, CompiledQuery, Kysely } from "kysely";
import type { Db } from "./db.js";

/** Stands in for the i-th parameter while the query is compiled (a value no caller passes). */
const placeholder = (index: number): string => `\u0000parameter ${index}\u0000`;

/** A read's statement on one SQLite connection, returning arrays, with its column names. */
interface RawRead {
  statement: SqliteStatement<unknown[], unknown[]>;
  columns: string[];
}

interface Compiled<R> {
  query: CompiledQuery<R>;
  /** The query's read statement on each SQLite connection it ran on directly (null: not a read). */
  reads: WeakMap<SqliteConnection, RawRead | null>;
  /** Per parameter of the compiled SQL, the caller's parameter it takes, or -1 for a constant. */
  slots: number[];
  /** Whether `slots` is 0, 1, 2, … (the caller's parameters are the statement's, in order). */
  inOrder: boolean;
}

/**
 * The rows of a read as plain objects, built here from the statement's arrays: the same keys and
 * values better-sqlite3 would give, in a quarter of the time it takes to build them itself, and
 * with one object shape per query, which keeps the reads of their fields fast.
 */
function rowsOf<R>(read: RawRead, parameters: unknown[]): R[] {
  const { statement, columns } = read;
  const rows: R[] = [];
  for (const values of statement.all(parameters)) {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) row[columns[i] as string] = values[i];
    rows.push(row as R);
  }
  return rows;
}

/**
 * A query built and compiled by kysely once per dialect, then run with each call's parameter
 * values: for hot paths, where building and compiling a small query costs more than running it.
 * `build` gets placeholders for its parameters and must pass each on as a plain value
 * (`where("id", "=", id)`), never inspect or transform it. On SQLite, when no transaction is open on
 * the connection, a read runs at once on its prepared statement, as kysely's driver would run it,
 * without the executor's turns (the connection's lock, its promises).
 */
export function preparedQuery<P extends unknown[], R>(
  build: (db: Kysely<Database>, ...params: P) => Compilable<R>,
): (db: Db, ...params: P) => Promise<R[]> {
  const byDialect = new Map<unknown, Compiled<R>>();
  return async (db, ...params) => {
    const adapter = db.getExecutor().adapter.constructor;
    let compiled = byDialect.get(adapter);
    if (!compiled) {
      const placeholders = params.map((_, i) => placeholder(i)) as P;
      const query = build(db, ...placeholders).compile();
      const slots = query.parameters.map((value) => placeholders.indexOf(value));
      if (new Set(slots.filter((s) => s >= 0)).size !== params.length)
        throw new Error("preparedQuery: every parameter must appear in the query as a value");
      const inOrder = slots.length === params.length && slots.every((slot, i) => slot === i);
      compiled = { query, slots, inOrder, reads: new WeakMap() };
      byDialect.set(adapter, compiled);
    }
    const { query, slots, inOrder, reads } = compiled;
    const parameters = inOrder
      ? params
      : slots.map((slot, i) => (slot >= 0 ? params[slot] : query.parameters[i]));
    const sqlite = sqliteConnectionOf(db);
    if (sqlite && !sqlite.inTransaction) {
      let read = reads.get(sqlite);
      if (read === undefined) {
        const statement = sqlite.prepare<unknown[], R>(query.sql);
        read = statement.reader
          ? {
              statement: statement.raw(true) as unknown as SqliteStatement<unknown[], unknown[]>,
              columns: statement.columns().map((column) => column.name),
            }
          : null;
        reads.set(sqlite, read);
      }
      if (read) return rowsOf<R>(read, parameters);
    }
    const result = await db.executeQuery<R>({ ...query, parameters });
    return result.rows;
  };
}
