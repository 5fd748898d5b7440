import type { Db } from "../../shared/db.js";

export function listOrganisations(db: Db) {
  return db
    .selectFrom("organisations")
    .select(["id", "code", "name", "kind", "province", "size_class as sizeClass"])
    .orderBy("name")
    .execute();
}
