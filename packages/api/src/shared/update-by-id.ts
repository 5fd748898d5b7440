import type { Database, RowUpdate } from "@maturo/db";
import type { Kysely } from "kysely";
import type { Db } from "./db.js";

/** The tables whose rows are addressed by a numeric `id`. */
type TableById = "users" | "campaigns" | "invitations" | "responses" | "organisations" | "account_requests";

/**
 * Sets columns of the row with this id (`update … set … where id = ?`); false when there is no
 * such row, so a caller can answer "not found" without a second query.
 */
export async function updateById<T extends TableById>(
  db: Db,
  table: T,
  id: number,
  values: RowUpdate<T>,
): Promise<boolean> {
  // kysely resolves `id` only on a concrete table; every table of TableById has a numeric one.
  const on: Kysely<Database> = db;
  const result = await on
    .updateTable(table as "users")
    .set(values as RowUpdate<"users">)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
