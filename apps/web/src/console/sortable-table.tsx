import { type ReactNode, useMemo, useState } from "react";
import { useLocale } from "../i18n/locale.js";
import { TableScroll } from "../ui/table-scroll.js";
import { useConsoleText } from "./use-console-text.js";

export interface Column<T> {
  key: string;
  header: string;
  /** The value sorted on; also shown when there is no `render`. */
  value: (row: T) => string | number | null;
  render?: (row: T) => ReactNode;
  numeric?: boolean;
  /** Orders two rows when `value` alone would not (e.g. size classes by size, not alphabetically). */
  compare?: (a: T, b: T) => number;
  /** Not sortable (e.g. a column of buttons). */
  fixed?: boolean;
}

/** A column of buttons (or links) per row: not sortable, no value of its own. */
export function actionsColumn<T>(header: string, render: (row: T) => ReactNode): Column<T> {
  return { key: "actions", header, fixed: true, value: () => null, render };
}

export interface SortableTableProps<T> {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  initialSort?: { key: string; direction: "ascending" | "descending" } | null;
  testId?: string;
  /** Shown under the caption instead of a table without rows. */
  empty?: string;
}

/**
 * A table whose column headers are real buttons: activating one sorts by that column (again: the
 * other direction), and `aria-sort` on the header tells assistive technology the current order.
 */
export function SortableTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  initialSort = null,
  testId,
  empty,
}: SortableTableProps<T>): ReactNode {
  const t = useConsoleText();
  const { locale } = useLocale();
  const [sort, setSort] = useState(initialSort);
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const column = columns.find((c) => c.key === sort.key);
    if (!column) return rows;
    const sign = sort.direction === "ascending" ? 1 : -1;
    const compare = column.compare;
    if (compare) return [...rows].sort((a, b) => compare(a, b) * sign);
    return [...rows].sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      if (x === null && y === null) return 0;
      if (x === null) return 1;
      if (y === null) return -1;
      if (typeof x === "number" && typeof y === "number") return (x - y) * sign;
      return String(x).localeCompare(String(y), locale) * sign;
    });
  }, [rows, columns, sort, locale]);
  if (rows.length === 0 && empty)
    return (
      <div className="table-empty" data-testid={testId ? `${testId}-empty` : undefined}>
        <p className="caption">{caption}</p>
        <p>{empty}</p>
      </div>
    );
  return (
    <TableScroll label={caption}>
      <table className="data-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const state = sort?.key === column.key ? sort.direction : "none";
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={column.fixed ? undefined : state}
                  className={column.numeric ? "numeric" : undefined}
                >
                  {column.fixed ? (
                    column.header
                  ) : (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() =>
                        setSort({
                          key: column.key,
                          direction: state === "ascending" ? "descending" : "ascending",
                        })
                      }
                    >
                      {column.header}
                      <span aria-hidden="true" className="sort-indicator">
                        {state === "ascending" ? "▲" : state === "descending" ? "▼" : "↕"}
                      </span>
                      <span className="visually-hidden">{` (${t("sortBy", { column: column.header })})`}</span>
                    </button>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.key} className={column.numeric ? "numeric" : undefined}>
                  {column.render ? column.render(row) : (column.value(row) ?? "—")}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** A numeric column: sorted on the number, shown formatted (e.g. with the reader's decimal comma). */
export function numberColumn<T>(
  key: string,
  header: string,
  value: (row: T) => number | null,
  format?: (value: number | null) => string,
): Column<T> {
  return format
    ? { key, header, value, numeric: true, render: (row) => format(value(row)) }
    : { key, header, value, numeric: true };
}

/** A column of readable names, each followed by its code (an item or scale id) for analysts. */
export function labelledCodeColumn<T>(
  key: string,
  header: string,
  label: (row: T) => string,
  code: (row: T) => string,
): Column<T> {
  return {
    key,
    header,
    value: label,
    render: (row) => (
      <>
        {label(row)} <code className="hint">{code(row)}</code>
      </>
    ),
  };
}

/** A column of dates (ISO text, which sorts in time order), shown in the reader's format. */
export function dateColumn<T>(
  key: string,
  header: string,
  value: (row: T) => string | null,
  format: (iso: string | null) => string,
): Column<T> {
  return { key, header, value, render: (row) => format(value(row)) };
}
