import { type Database, type SqliteConnection, type SqliteStatement, sqliteConnectionOf } from "@maturo/db";
import type { Compilable, CompiledQuery, Kysely } from "kysely";
import type { Db } from "./db.js";

/** Stands in for the i-th parameter while the query is compiled (a value no caller passes). */
const placeholder = (index: number): string => `\u0000parameter ${index}\u0000`;

interface Compiled<R> {
  query: CompiledQuery<R>;
  /** The query's statement on each SQLite connection it ran on directly. */
  statements: WeakMap<SqliteConnection, SqliteStatement<unknown[], R>>;
  /** Per parameter of the compiled SQL, the caller's parameter it takes, or -1 for a constant. */
  slots: number[];
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
      compiled = { query, slots, statements: new WeakMap() };
      byDialect.set(adapter, compiled);
    }
    const { query, slots, statements } = compiled;
    const parameters = slots.map((slot, i) => (slot >= 0 ? params[slot] : query.parameters[i]));
    const sqlite = sqliteConnectionOf(db);
    if (sqlite && !sqlite.inTransaction) {
      let statement = statements.get(sqlite);
      if (!statement) {
        statement = sqlite.prepare<unknown[], R>(query.sql);
        statements.set(sqlite, statement);
      }
      if (statement.reader) return statement.all(parameters);
    }
    const result = await db.executeQuery<R>({ ...query, parameters });
    return result.rows;
  };
}
