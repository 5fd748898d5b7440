import type { Cell } from "./data-columns.js";

export interface FrequencyRow {
  /** The value as text (numbers in their shortest form). */
  readonly value: string;
  readonly count: number;
  /** Percent of all rows, missing included. */
  readonly percent: number;
  /** Percent of the valid (non-missing) rows. */
  readonly validPercent: number;
  /** Cumulative valid percent, in the order of the rows. */
  readonly cumulativePercent: number;
}

export interface FrequencyTable {
  readonly rows: readonly FrequencyRow[];
  readonly valid: number;
  readonly missing: number;
  readonly total: number;
  /** Percent of all rows that is missing. */
  readonly missingPercent: number;
}

function isMissing(cell: Cell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === "number") return Number.isNaN(cell);
  const text = cell.trim();
  return text === "" || text === "NA";
}

/**
 * Counts per distinct value with percent and valid percent, as SPSS FREQUENCIES prints them.
 * Numeric values sort numerically, text after them alphabetically; `order` fixes the order (and
 * lists values that did not occur, with a count of 0).
 */
export function frequencyTable(cells: ArrayLike<Cell>, order?: readonly (string | number)[]): FrequencyTable {
  const counts = new Map<string, number>();
  let missing = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (isMissing(cell)) {
      missing++;
      continue;
    }
    const key = typeof cell === "number" ? String(cell) : String(cell).trim();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const total = cells.length;
  const valid = total - missing;
  let keys: string[];
  if (order !== undefined) {
    keys = order.map(String);
    for (const key of counts.keys()) if (!keys.includes(key)) keys.push(key);
  } else {
    keys = [...counts.keys()].sort((a, b) => {
      const na = Number(a);
      const nb = Number(b);
      const aNum = a !== "" && Number.isFinite(na);
      const bNum = b !== "" && Number.isFinite(nb);
      if (aNum && bNum) return na - nb;
      if (aNum) return -1;
      if (bNum) return 1;
      return a < b ? -1 : a > b ? 1 : 0;
    });
  }
  let cumulative = 0;
  const rows = keys.map((value) => {
    const count = counts.get(value) ?? 0;
    const validPercent = valid > 0 ? (count / valid) * 100 : 0;
    cumulative += count;
    return {
      value,
      count,
      percent: total > 0 ? (count / total) * 100 : 0,
      validPercent,
      cumulativePercent: valid > 0 ? (cumulative / valid) * 100 : 0,
    };
  });
  return { rows, valid, missing, total, missingPercent: total > 0 ? (missing / total) * 100 : 0 };
}
