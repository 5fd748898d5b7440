import type { ReactNode } from "react";
import { QueryState } from "../ui/query-state.js";
import { SortableTable, type SortableTableProps } from "./sortable-table.js";

/** The rows of a query as a sortable table, with the query's loading and error states before it. */
export function QueryTable<T>({
  query,
  ...table
}: Omit<SortableTableProps<T>, "rows"> & {
  query: { isPending: boolean; error: unknown; data: readonly T[] | undefined };
}): ReactNode {
  return (
    <>
      <QueryState query={query} />
      {query.data ? <SortableTable {...table} rows={query.data} /> : null}
    </>
  );
}
