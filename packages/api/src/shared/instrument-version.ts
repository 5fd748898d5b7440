import type { CompiledInstrument } from "@maturo/model";
import { compileSnapshot, type InstrumentSnapshot, SnapshotSchema } from "@maturo/plugin-sdk";
import { AppError, notFound } from "../errors.js";
import type { Db } from "./db.js";
import { preparedQuery } from "./prepared-query.js";

export interface LoadedInstrumentVersion {
  id: number;
  hash: string;
  title: string;
  snapshot: InstrumentSnapshot;
  compiled: CompiledInstrument;
}

// Instrument versions never change once stored, so compiling one per process is safe to keep:
// a second server instance compiles its own copy from the same row.
const compiledByHash = new Map<string, LoadedInstrumentVersion>();

const versionRow = preparedQuery((db, id: number) =>
  db.selectFrom("instrument_versions").select(["id", "hash", "title"]).where("id", "=", id),
);

/**
 * The instrument version `id`, compiled. A caller that read the version's `hash` along with its id
 * (a respondent's invitation does) passes it: a version compiled earlier is then taken without
 * reading its row again.
 */
export async function loadInstrumentVersion(
  db: Db,
  id: number,
  hash?: string,
): Promise<LoadedInstrumentVersion> {
  const known = hash === undefined ? undefined : compiledByHash.get(hash);
  if (known) return known;
  const [row] = await versionRow(db, id);
  if (!row) throw notFound("instrument version");
  const cached = compiledByHash.get(row.hash);
  if (cached) return cached;
  // The snapshot (tens of kilobytes) is read only the first time this process needs the version.
  const { snapshot } = await db
    .selectFrom("instrument_versions")
    .select("snapshot")
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  const parsed = SnapshotSchema.safeParse(JSON.parse(snapshot));
  if (!parsed.success) throw new AppError("instrument.invalid-snapshot", { id });
  const loaded = {
    id: row.id,
    hash: row.hash,
    title: row.title,
    snapshot: parsed.data,
    compiled: compileSnapshot(parsed.data),
  };
  compiledByHash.set(row.hash, loaded);
  return loaded;
}

/** Whether an instrument version exists, and whether key users may start a campaign from it. */
export function instrumentVersionState(
  db: Db,
  versionId: number,
): Promise<{ published: number } | undefined> {
  return db
    .selectFrom("instrument_versions")
    .select("published")
    .where("id", "=", versionId)
    .executeTakeFirst();
}
