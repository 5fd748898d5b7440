import type { ReactNode } from "react";
import { TableScroll } from "../ui/table-scroll.js";
import { TableHead } from "./table-head.js";

export interface DataTableProps {
  label: string;
  /** When the caption says more than the region's name (e.g. the comparison group). */
  caption?: ReactNode;
  columns: Parameters<typeof TableHead>[0]["columns"];
  testId?: string | undefined;
  className?: string;
  /** A totals row. */
  foot?: ReactNode;
  children: ReactNode;
}

/** A portal table in its own scroll region (named `label`), with its caption, headers and body rows. */
export function DataTable({
  label,
  caption = label,
  columns,
  testId,
  className = "data-table",
  foot,
  children,
}: DataTableProps): ReactNode {
  return (
    <TableScroll label={label}>
      <table className={className} data-testid={testId}>
        <caption>{caption}</caption>
        <TableHead columns={columns} />
        <tbody>{children}</tbody>
        {foot ? <tfoot>{foot}</tfoot> : null}
      </table>
    </TableScroll>
  );
}
