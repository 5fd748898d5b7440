import type { ColumnDefinitionBuilder } from "kysely";

type ColumnModifier = (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;

/** `not null`: the column every table has most. */
export const required: ColumnModifier = (col) => col.notNull();

/** `not null unique`: a natural key beside the numeric id. */
export const requiredUnique: ColumnModifier = (col) => col.notNull().unique();

/**
 * A row that belongs to a row of `table`: `not null references table(id) on delete cascade`, so the
 * owner's deletion takes it along.
 */
export function ownedBy(table: string): ColumnModifier {
  return (col) => col.notNull().references(`${table}.id`).onDelete("cascade");
}
