import type { SqliteConnection, SqliteStatement } from "@maturo/db";

/** Beyond this many entries the cache starts over. */
const MAX_ENTRIES = 10_000;

/**
 * Rows read from a SQLite database, kept for as long as nothing that could change them was
 * written (docs/decisions.md, "Autosave: a second adapter, a kept link check, fewer statements"). The
 * database's stamp is this connection's `total_changes()`, read at every use, with
 * `PRAGMA data_version`, which moves when another connection (another process: the CLI's
 * migrations, say) commits, read once per turn of the event loop — it costs a read transaction,
 * as much as the read it saves — so another process's change is seen from the next turn on, within
 * milliseconds, and this process's own at once. Any change of the stamp empties the cache. The one
 * writer whose changes leave cached rows true — the autosave writer, which writes only answers,
 * clears and a response's time and language — says so with `writeKeeping`, which absorbs exactly
 * its own changes. Entries are frozen: a kept row is shared by every request that reads it.
 */
export class SqliteReadCache {
  readonly #changesQuery: SqliteStatement<[], [number]>;
  readonly #dataVersionQuery: SqliteStatement<[], [number]>;
  #changes = -1;
  #dataVersion = -1;
  /** Whether data_version was read in this turn of the event loop. */
  #versionReadThisTurn = false;
  readonly #entries = new Map<string, unknown>();

  constructor(sqlite: SqliteConnection) {
    this.#changesQuery = sqlite.prepare<[], [number]>("select total_changes()").raw(true);
    this.#dataVersionQuery = sqlite.prepare<[], [number]>("pragma data_version").raw(true);
  }

  #readChanges(): number {
    return (this.#changesQuery.get() as [number])[0];
  }

  #readDataVersion(): number {
    if (!this.#versionReadThisTurn) {
      this.#versionReadThisTurn = true;
      setImmediate(() => {
        this.#versionReadThisTurn = false;
      });
      this.#dataVersion = (this.#dataVersionQuery.get() as [number])[0];
      return this.#dataVersion;
    }
    return this.#dataVersion;
  }

  /** Whether the stamp is the one the entries were read at; if not, they are dropped. */
  #current(): boolean {
    const before = this.#dataVersion;
    const dataVersion = this.#readDataVersion();
    const changes = this.#readChanges();
    if (changes === this.#changes && dataVersion === before) return true;
    this.#entries.clear();
    this.#changes = changes;
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
    this.#changes = this.#readChanges();
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
