import type { ReactNode } from "react";
import { QueryState } from "../ui/query-state.js";
import { SortableTable, type SortableTableProps } from "./sortable-table.js";

/**
 * The stored records a query returns as a sortable table, one row per record (keyed by its id), with
 * the query's loading and error states before it.
 */
export function QueryTable<T extends { id: number | string }>({
  query,
  ...table
}: Omit<SortableTableProps<T>, "rows" | "rowKey"> & {
  query: { isPending: boolean; error: unknown; data: readonly T[] | undefined };
}): ReactNode {
  return (
    <>
      <QueryState query={query} />
      {query.data ? <SortableTable {...table} rows={query.data} rowKey={(row) => row.id} /> : null}
    </>
  );
}
