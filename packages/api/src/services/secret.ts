import { randomBytes } from "node:crypto";
import type { Database } from "@maturo/db";
import type { Kysely } from "kysely";

const KEY = "secret";

/**
 * The server secret (keys token hashes and sealed links). Generated on the first start and stored
 * in the database, so every instance sharing the database uses the same one. `override` (from the
 * environment) wins when given.
 */
export async function ensureSecret(db: Kysely<Database>, override?: string): Promise<string> {
  if (override && override.length >= 32) return override;
  await db
    .insertInto("settings")
    .values({ key: KEY, value: randomBytes(32).toString("base64url") })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  const row = await db
    .selectFrom("settings")
    .select("value")
    .where("key", "=", KEY)
    .executeTakeFirstOrThrow();
  return row.value;
}
