/** The smallest number of organisations a province × size class cell of a research export may show. */
export const MIN_STRATUM_ORGANISATIONS = 5;

export interface Stratum {
  readonly organisationId: string | number;
  readonly province: string | null;
  readonly sizeClass: string | null;
}

function smallCells<T extends Stratum>(
  rows: readonly T[],
  cell: (row: T) => string,
  min: number,
): Set<string> {
  const organisations = new Map<string, Set<string | number>>();
  for (const row of rows) {
    const key = cell(row);
    organisations.set(key, (organisations.get(key) ?? new Set()).add(row.organisationId));
  }
  return new Set([...organisations].filter(([, ids]) => ids.size < min).map(([key]) => key));
}

/**
 * Coarsens province × size class so that no combination in the export describes fewer than `min`
 * organisations (docs/decisions.md, "Pseudonymised research exports"): first the size class of a
 * small province × size class cell becomes missing; a province whose rows without size class still
 * come from fewer than `min` organisations then loses its province too.
 */
export function coarsenStrata<T extends Stratum>(
  rows: readonly T[],
  min: number = MIN_STRATUM_ORGANISATIONS,
): T[] {
  const cellOf = (row: Stratum): string => JSON.stringify([row.province, row.sizeClass]);
  const small = smallCells(rows, cellOf, min);
  const sized = rows.map((row) => (small.has(cellOf(row)) ? { ...row, sizeClass: null } : row));
  const smallProvinces = smallCells(sized, cellOf, min);
  return sized.map((row) =>
    row.sizeClass === null && smallProvinces.has(cellOf(row)) ? { ...row, province: null } : row,
  );
}
