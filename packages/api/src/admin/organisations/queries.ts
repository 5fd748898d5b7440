import { sql } from "kysely";
import type { Db } from "../../shared/db.js";

export interface OrganisationSummary {
  id: number;
  code: string;
  name: string;
  kind: string;
  province: string | null;
  sizeClass: string | null;
}

export function listOrganisations(db: Db): Promise<OrganisationSummary[]> {
  return db
    .selectFrom("organisations")
    .select(["id", "code", "name", "kind", "province", "size_class as sizeClass"])
    .orderBy("name")
    .execute();
}

/** One page of the organisations whose name or code contains `search` (any case), by name, and how many match. */
export async function searchOrganisations(
  db: Db,
  { search, page, pageSize }: { search: string; page: number; pageSize: number },
): Promise<{ rows: OrganisationSummary[]; total: number }> {
  // `%` and `_` typed by the admin are searched for as themselves.
  const pattern = `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const matching = db
    .selectFrom("organisations")
    .where(
      sql<boolean>`(lower(name) like ${pattern} escape '\\' or lower(code) like ${pattern} escape '\\')`,
    );
  const [rows, count] = await Promise.all([
    matching
      .select(["id", "code", "name", "kind", "province", "size_class as sizeClass"])
      .orderBy("name")
      .orderBy("id")
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    matching.select((eb) => eb.fn.countAll<number | string>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
