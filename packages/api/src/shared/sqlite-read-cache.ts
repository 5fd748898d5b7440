import type { SqliteConnection, SqliteStatement } from "@maturo/db";

/** Beyond this many entries the cache starts over. */
const MAX_ENTRIES = 10_000;

/**
 * Rows read from a SQLite database, kept for as long as nothing that could change them was
 * written (docs/decisions.md, "Autosave: the link check read once while nothing changes"). The
 * database's stamp is this connection's `total_changes()` with `PRAGMA data_version`, which moves
 * when another connection (another process) commits; any change to it empties the cache. The one
 * writer whose changes leave cached rows true — the autosave writer, which writes only answers,
 * clears and a response's time and language — says so with `writeKeeping`, which absorbs exactly
 * its own changes. Frozen entries: a cached row is shared by every request that reads it.
 */
export class SqliteReadCache {
  readonly #stampQuery: SqliteStatement<[], [number, number]>;
  #changes = -1;
  #dataVersion = -1;
  readonly #entries = new Map<string, unknown>();

  constructor(sqlite: SqliteConnection) {
    this.#stampQuery = sqlite
      .prepare<[], [number, number]>("select total_changes(), data_version from pragma_data_version")
      .raw(true);
  }

  /** Whether the stamp is the one the entries were read at; if not, they are dropped. */
  #current(): boolean {
    const [changes, dataVersion] = this.#stampQuery.get() as [number, number];
    if (changes === this.#changes && dataVersion === this.#dataVersion) return true;
    this.#entries.clear();
    this.#changes = changes;
    this.#dataVersion = dataVersion;
    return false;
  }

  /**
   * The entry under `key`, or what `read` gives (undefined: nothing, which is not kept). `read` may
   * wait: what it gives is kept only if nothing was written meanwhile.
   */
  async get<V extends object>(key: string, read: () => Promise<V | undefined>): Promise<V | undefined> {
    if (this.#current()) {
      const hit = this.#entries.get(key) as V | undefined;
      if (hit !== undefined) return hit;
    }
    const value = await read();
    // Kept only when the stamp is still the one checked before the read.
    if (value === undefined || !this.#current()) return value;
    if (this.#entries.size >= MAX_ENTRIES) this.#entries.clear();
    this.#entries.set(key, Object.freeze(value));
    return value;
  }

  /**
   * Runs `write` — synchronous, so nothing else runs on this connection meanwhile — and keeps the
   * entries through its own changes: only this connection's count moves on, so a commit by another
   * connection, even one just before `write`, still empties the cache at the next read.
   */
  writeKeeping<T>(write: () => T): T {
    this.#current();
    const result = write();
    this.#changes = (this.#stampQuery.get() as [number, number])[0];
    return result;
  }
}

const caches = new WeakMap<SqliteConnection, SqliteReadCache>();

/** The read cache of one SQLite connection. */
export function sqliteReadCache(sqlite: SqliteConnection): SqliteReadCache {
  let cache = caches.get(sqlite);
  if (!cache) {
    cache = new SqliteReadCache(sqlite);
    caches.set(sqlite, cache);
  }
  return cache;
}
