import type { ReactNode } from "react";

/** A header cell: plain text, a right-aligned number column, or the inline-bar column (label for screen readers only). */
export type HeadColumn = string | { readonly label: string; readonly kind: "num" | "bar" };

export const numeric = (label: string): HeadColumn => ({ label, kind: "num" });
export const bars = (label: string): HeadColumn => ({ label, kind: "bar" });

/** The one header row of a portal data table, every cell a column header. */
export function TableHead({ columns }: { columns: readonly HeadColumn[] }): ReactNode {
  return (
    <thead>
      <tr>
        {columns.map((column, i) => {
          const key = `${i}`;
          if (typeof column === "string")
            return (
              <th key={key} scope="col">
                {column}
              </th>
            );
          return column.kind === "num" ? (
            <th key={key} scope="col" className="num">
              {column.label}
            </th>
          ) : (
            <th key={key} scope="col" className="bar-col">
              <span className="visually-hidden">{column.label}</span>
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
