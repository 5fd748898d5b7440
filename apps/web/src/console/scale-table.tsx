import type { ReactNode } from "react";
import { type Column, labelledCodeColumn, SortableTable } from "./sortable-table.js";

export interface ScaleTableProps<T extends { nodeId: string }> {
  caption: string;
  testId: string;
  rows: readonly T[];
  /** The header of the first column (the scale's name, followed by its node id). */
  scaleHeader: string;
  label: (row: T) => string;
  /** The columns after the scale's name. */
  columns: readonly Column<T>[];
}

/** A sortable table with one row per scale (framework node), first its readable name and code. */
export function ScaleTable<T extends { nodeId: string }>({
  caption,
  testId,
  rows,
  scaleHeader,
  label,
  columns,
}: ScaleTableProps<T>): ReactNode {
  return (
    <SortableTable
      caption={caption}
      testId={testId}
      rows={rows}
      rowKey={(row) => row.nodeId}
      columns={[labelledCodeColumn<T>("scale", scaleHeader, label, (row) => row.nodeId), ...columns]}
    />
  );
}
