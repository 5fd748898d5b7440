import type { Db } from "./db.js";
import { updateById } from "./update-by-id.js";

/** The organisation table as every feature reads it: by id, by code, and which ids exist. */
export interface OrganisationFields {
  code: string;
  name: string;
  kind: string;
  province: string | null;
  sizeClass: string | null;
}

/** Fields that may change; absent (or undefined) ones stay as they are. */
export type OrganisationChanges = {
  [K in Exclude<keyof OrganisationFields, "code">]?: OrganisationFields[K] | undefined;
};

/** Ids of all organisations, or of those among `among` that exist. */
export async function organisationIds(db: Db, among?: readonly number[]): Promise<number[]> {
  let query = db.selectFrom("organisations").select("id");
  if (among) query = query.where("id", "in", [...among]);
  return (await query.execute()).map((o) => o.id);
}

/** An organisation as benchmarks and references group it. */
export interface PeerOrganisation {
  id: number;
  province: string | null;
  size_class: string | null;
  kind: string;
}

/** The organisations a benchmark or reference compares, with what it groups them by. */
export function benchmarkPeers(db: Db, organisationIds: readonly number[]): Promise<PeerOrganisation[]> {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("organisations")
    .select(["id", "province", "size_class", "kind"])
    .where("id", "in", [...organisationIds])
    .execute();
}

export function organisationById(db: Db, id: number): Promise<{ id: number; name: string } | undefined> {
  return db.selectFrom("organisations").select(["id", "name"]).where("id", "=", id).executeTakeFirst();
}

export async function organisationIdByCode(db: Db, code: string): Promise<number | undefined> {
  const row = await db.selectFrom("organisations").select("id").where("code", "=", code).executeTakeFirst();
  return row?.id;
}

export async function insertOrganisation(
  db: Db,
  fields: OrganisationFields,
  createdAt: string,
): Promise<number> {
  const row = await db
    .insertInto("organisations")
    .values({
      code: fields.code,
      name: fields.name,
      kind: fields.kind,
      province: fields.province,
      size_class: fields.sizeClass,
      created_at: createdAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes the given fields of an organisation (absent ones stay); false when it does not exist. */
export async function updateOrganisation(db: Db, id: number, fields: OrganisationChanges): Promise<void> {
  const set = {
    ...(fields.name === undefined ? {} : { name: fields.name }),
    ...(fields.kind === undefined ? {} : { kind: fields.kind }),
    ...(fields.province === undefined ? {} : { province: fields.province }),
    ...(fields.sizeClass === undefined ? {} : { size_class: fields.sizeClass }),
  };
  if (Object.keys(set).length > 0) await updateById(db, "organisations", id, set);
}
