import { completeRows, type DataColumns, numericColumns, rowCount, selectRows } from "./data-columns.js";
import { pairwiseMoments } from "./pairwise-moments.js";
import { fail, ok, type StatsResult } from "./stats-error.js";
import { studentTTwoSidedP } from "./student-t.js";

export interface CorrelationMatrix {
  readonly variables: readonly string[];
  /** r[i][j]; null where undefined (a constant variable or fewer than two pairs). */
  readonly r: readonly (readonly (number | null)[])[];
  /** Two-sided p of H0: ρ = 0 (t = r·√((n−2)/(1−r²)), n − 2 df); null on the diagonal. */
  readonly p: readonly (readonly (number | null)[])[];
  readonly n: readonly (readonly number[])[];
  readonly missing: "listwise" | "pairwise";
}

function pearson(x: Float64Array, y: Float64Array): { r: number | null; n: number } {
  const { n, sxy, sxx, syy } = pairwiseMoments(x, y);
  if (n < 2) return { r: null, n };
  const r = sxy / Math.sqrt(sxx * syy);
  return { r: Number.isFinite(r) ? Math.max(-1, Math.min(1, r)) : null, n };
}

function correlationP(r: number, n: number): number | null {
  const df = n - 2;
  if (df < 1) return null;
  if (Math.abs(r) === 1) return 0;
  return studentTTwoSidedP(r * Math.sqrt(df / (1 - r * r)), df);
}

/** Pearson correlations with p-values, listwise (default) or pairwise on missing values. */
export function correlationMatrix(
  data: DataColumns,
  variables: readonly string[],
  missing: "listwise" | "pairwise" = "listwise",
): StatsResult<CorrelationMatrix> {
  const parsed = numericColumns(data, variables);
  if (!parsed.ok) return parsed;
  const count = rowCount(data);
  if (!count.ok) return count;
  let columns = parsed.value;
  if (missing === "listwise") {
    const rows = completeRows(columns, count.value);
    if (rows.length < 2) {
      return fail({ code: "NO_ROWS", message: "fewer than two complete rows left after listwise deletion" });
    }
    columns = columns.map((c) => selectRows(c, rows));
  }
  const k = variables.length;
  const r: (number | null)[][] = [];
  const p: (number | null)[][] = [];
  const n: number[][] = [];
  for (let a = 0; a < k; a++) {
    r.push([]);
    p.push([]);
    n.push([]);
    for (let b = 0; b < k; b++) {
      const result = pearson(columns[a] as Float64Array, columns[b] as Float64Array);
      const value = a === b && result.r !== null ? 1 : result.r;
      r[a]?.push(value);
      p[a]?.push(a === b || value === null ? null : correlationP(value, result.n));
      n[a]?.push(result.n);
    }
  }
  return ok({ variables: [...variables], r, p, n, missing });
}
