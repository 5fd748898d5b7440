import type { Db } from "../shared/db.js";

/** Frozen instrument versions, newest first; only the published ones when `publishedOnly`. */
export interface InstrumentVersionSummary {
  id: number;
  hash: string;
  title: string;
  plugins: { id: string; version: string }[];
  published: boolean;
  createdAt: string;
}

export async function instrumentVersions(
  db: Db,
  publishedOnly: boolean,
): Promise<InstrumentVersionSummary[]> {
  let query = db
    .selectFrom("instrument_versions")
    .select(["id", "hash", "title", "plugins", "published", "created_at as createdAt"])
    .orderBy("id", "desc");
  if (publishedOnly) query = query.where("published", "=", 1);
  const rows = await query.execute();
  return rows.map((r) => ({
    ...r,
    published: r.published === 1,
    plugins: JSON.parse(r.plugins) as { id: string; version: string }[],
  }));
}

export async function versionIdByHash(db: Db, hash: string): Promise<number | undefined> {
  return (await db.selectFrom("instrument_versions").select("id").where("hash", "=", hash).executeTakeFirst())
    ?.id;
}

export interface NewInstrumentVersion {
  hash: string;
  title: string;
  plugins: { id: string; version: string }[];
  snapshot: unknown;
  published: boolean;
  createdBy: number | null;
  createdAt: string;
}

export async function insertInstrumentVersion(db: Db, version: NewInstrumentVersion): Promise<number> {
  const row = await db
    .insertInto("instrument_versions")
    .values({
      hash: version.hash,
      title: version.title,
      plugins: JSON.stringify(version.plugins),
      snapshot: JSON.stringify(version.snapshot),
      published: version.published ? 1 : 0,
      created_by: version.createdBy,
      created_at: version.createdAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}
