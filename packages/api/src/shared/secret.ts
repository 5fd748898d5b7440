import { randomBytes } from "node:crypto";
import type { Db } from "./db.js";

const KEY = "secret";

/**
 * The server secret (keys token hashes and sealed links). Generated on the first start and stored
 * in the database, so every instance sharing the database uses the same one. `override` (from the
 * environment) wins when given.
 */
export async function ensureSecret(db: Db, override?: string): Promise<string> {
  if (override && override.length >= 32) return override;
  return ensureRandomSetting(db, KEY);
}

/**
 * A random 32-byte key stored under `key` in the settings, made by whichever instance asks first;
 * every later call (on any instance) reads the same one.
 */
export async function ensureRandomSetting(db: Db, key: string): Promise<string> {
  await db
    .insertInto("settings")
    .values({ key, value: randomBytes(32).toString("base64url") })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  const row = await db
    .selectFrom("settings")
    .select("value")
    .where("key", "=", key)
    .executeTakeFirstOrThrow();
  return row.value;
}
