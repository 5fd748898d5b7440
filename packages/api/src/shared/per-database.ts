import type { Db } from "./db.js";

/**
 * A process-wide cache kept apart per database handle (tests open many in one process), keyed by a
 * number such as a campaign id. What is cached must say itself when it is stale.
 */
export function perDatabase<V>(): (db: Db) => Map<number, V> {
  const maps = new WeakMap<Db, Map<number, V>>();
  return (db) => {
    let map = maps.get(db);
    if (!map) {
      map = new Map();
      maps.set(db, map);
    }
    return map;
  };
}
