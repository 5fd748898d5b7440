import type { Cell } from "./data-columns.js";

/** A column read as a factor: its levels in R's order and each row's level index. */
export interface FactorLevels {
  readonly levels: readonly string[];
  /** Index into `levels` per row; −1 where the cell is missing. */
  readonly codes: Int32Array;
}

function levelKey(cell: Cell): string | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "number") return Number.isNaN(cell) ? null : String(cell);
  const text = cell.trim();
  return text === "" || text === "NA" ? null : text;
}

/**
 * The distinct values of a column as R's `factor()` orders them: numerically when every value is
 * a number (labels in R's shortest form, so "02" and 2 are one level "2"), otherwise by code unit
 * as R sorts in the C locale. Empty, `NA`, null and NaN are missing.
 */
export function factorLevels(cells: ArrayLike<Cell>): FactorLevels {
  const keys: (string | null)[] = Array.from({ length: cells.length }, (_, i) => levelKey(cells[i]));
  const present = keys.filter((k): k is string => k !== null);
  const numeric = present.every((k) => Number.isFinite(Number(k)));
  const normalised = numeric ? keys.map((k) => (k === null ? null : String(Number(k)))) : keys;
  const distinct = [...new Set(normalised.filter((k): k is string => k !== null))];
  const levels = numeric
    ? distinct.sort((a, b) => Number(a) - Number(b))
    : distinct.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(levels.map((level, i) => [level, i]));
  const codes = Int32Array.from(normalised, (k) => (k === null ? -1 : (index.get(k) as number)));
  return { levels, codes };
}
