import type { Services } from "@maturo/api";

const PROBE_KEY = "readiness-probe";
const HEALTH_KEY = "readiness-checked-at";
/** Larger than a few pages, so storing it needs room to grow, as a respondent's first save does. */
const PROBE_SIZE = 16_384;

class ProbeDone extends Error {}

/**
 * Whether the database can store a save right now, for `/readyz` (`/healthz` only says the process
 * answers). Two writes: a probe that needs new pages, rolled back, so a database that cannot grow
 * (full disk, size limit) fails even where a small update still fits in place; and a committed
 * upsert of one health row, so a read-only file, an I/O error or a lost PostgreSQL connection fails
 * too. Rejects with the database's error.
 */
export async function checkWritable(db: Services["db"], now: Date): Promise<void> {
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto("settings")
        .values({ key: PROBE_KEY, value: "x".repeat(PROBE_SIZE) })
        .execute();
      throw new ProbeDone();
    });
  } catch (error) {
    if (!(error instanceof ProbeDone)) throw error;
  }
  const at = now.toISOString();
  await db
    .insertInto("settings")
    .values({ key: HEALTH_KEY, value: at })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value: at }))
    .execute();
}
