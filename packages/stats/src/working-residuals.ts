import { type DoubleDouble, SPLITTER, twoProductError } from "./double-double.js";
import { BLOCK_ROWS, loadBlock, type WorkingRows } from "./tall-skinny-qr.js";

/** Residuals of the working (√w-scaled, column-scaled) rows as double-double: r = hi + lo. */
export interface WorkingResidual {
  readonly hi: Float64Array;
  readonly lo: Float64Array;
  /** Xᵀr over the kept columns (when asked for), for a refinement step. */
  readonly xtr: Float64Array;
}

/**
 * r = ỹ − Xγ block by block, in double-double when `exact` (the two-sum and Dekker's two-product
 * inlined, because this loop runs n·rank times) or else in plain doubles; the design block is
 * loaded once and Xᵀr is summed from it while it is in cache. ỹ is the response times √w times
 * `yInvScale`.
 */
export function workingResidual(
  rows: WorkingRows,
  columnLo: readonly (Float64Array | undefined)[],
  response: Float64Array,
  yInvScale: number,
  gamma: readonly DoubleDouble[],
  options: { readonly exact: boolean; readonly withXtr: boolean },
): WorkingResidual {
  const { exact, withXtr } = options;
  if (!exact) return doubleResidual(rows, columnLo, response, yInvScale, gamma, withXtr);
  const n = response.length;
  const m = gamma.length;
  const rootWeights = rows.rootWeights;
  const hi = new Float64Array(n);
  const lo = new Float64Array(n);
  const xtr = new Float64Array(m);
  const block = new Float64Array(Math.max(m, 1) * BLOCK_ROWS);
  const blockHi = new Float64Array(BLOCK_ROWS);
  const blockLo = new Float64Array(BLOCK_ROWS);
  for (let start = 0; start < n; start += BLOCK_ROWS) {
    const count = Math.min(BLOCK_ROWS, n - start);
    loadBlock(rows, start, count, block);
    for (let i = 0; i < count; i++) {
      const w = rootWeights === undefined ? 1 : (rootWeights[start + i] as number);
      blockHi[i] = (response[start + i] as number) * w * yInvScale;
      blockLo[i] = 0;
    }
    for (let a = 0; a < m; a++) {
      const base = a * BLOCK_ROWS;
      const g = gamma[a] as DoubleDouble;
      const gh = -g.hi;
      const gl = -g.lo;
      const cg = SPLITTER * gh;
      const gHigh = cg - (cg - gh);
      const gLow = gh - gHigh;
      const lo2 = columnLo[a];
      const s = rows.columnScales[a] as number;
      for (let i = 0; i < count; i++) {
        const x = block[base + i] as number;
        const prod = gh * x;
        const cx = SPLITTER * x;
        const xHigh = cx - (cx - x);
        const xLow = x - xHigh;
        const pErr = gHigh * xHigh - prod + gHigh * xLow + gLow * xHigh + gLow * xLow;
        const xLo =
          lo2 === undefined
            ? 0
            : (lo2[start + i] as number) *
              (rootWeights === undefined ? 1 : (rootWeights[start + i] as number)) *
              s;
        const extra = pErr + gl * x + gh * xLo;
        const h = blockHi[i] as number;
        const sum = h + prod;
        const bb = sum - h;
        const e = h - (sum - bb) + (prod - bb) + (blockLo[i] as number) + extra;
        const t = sum + e;
        blockHi[i] = t;
        blockLo[i] = e - (t - sum);
      }
    }
    for (let i = 0; i < count; i++) {
      hi[start + i] = blockHi[i] as number;
      lo[start + i] = blockLo[i] as number;
    }
    if (withXtr) {
      for (let a = 0; a < m; a++) {
        const base = a * BLOCK_ROWS;
        let d = 0;
        for (let i = 0; i < count; i++)
          d += (block[base + i] as number) * ((blockHi[i] as number) + (blockLo[i] as number));
        xtr[a] = (xtr[a] as number) + d;
      }
    }
  }
  return { hi, lo, xtr };
}

/** The plain-double case of `workingResidual`, reading the columns in place (no block copy). */
function doubleResidual(
  rows: WorkingRows,
  columnLo: readonly (Float64Array | undefined)[],
  response: Float64Array,
  yInvScale: number,
  gamma: readonly DoubleDouble[],
  withXtr: boolean,
): WorkingResidual {
  const n = response.length;
  const m = gamma.length;
  const { rootWeights, leadingOnes, columnScales } = rows;
  const first = leadingOnes ? 1 : 0;
  const hi = new Float64Array(n);
  const xtr = new Float64Array(m);
  // Coefficients of the unscaled columns: γ_a·s_a is exact, s_a being a power of two.
  const g = Float64Array.from(gamma, (v, a) => (v.hi + v.lo) * (columnScales[a] as number));
  for (let start = 0; start < n; start += BLOCK_ROWS) {
    const end = Math.min(n, start + BLOCK_ROWS);
    for (let i = start; i < end; i++) {
      const w = rootWeights === undefined ? 1 : (rootWeights[i] as number);
      hi[i] = (response[i] as number) * w * yInvScale - (leadingOnes ? (g[0] as number) * w : 0);
    }
    for (let a = first; a < m; a++) {
      const column = rows.columns[a - first] as Float64Array;
      const lo = columnLo[a];
      const ga = g[a] as number;
      if (rootWeights === undefined && lo === undefined) {
        for (let i = start; i < end; i++) hi[i] = (hi[i] as number) - ga * (column[i] as number);
      } else {
        for (let i = start; i < end; i++) {
          const w = rootWeights === undefined ? 1 : (rootWeights[i] as number);
          const x = (column[i] as number) * w + (lo === undefined ? 0 : (lo[i] as number) * w);
          hi[i] = (hi[i] as number) - ga * x;
        }
      }
    }
    if (!withXtr) continue;
    for (let a = 0; a < m; a++) {
      const column = a < first ? undefined : (rows.columns[a - first] as Float64Array);
      let d = 0;
      for (let i = start; i < end; i++) {
        const w = rootWeights === undefined ? 1 : (rootWeights[i] as number);
        d += (column === undefined ? w : (column[i] as number) * w) * (hi[i] as number);
      }
      xtr[a] = (xtr[a] as number) + d * (columnScales[a] as number);
    }
  }
  return { hi, lo: new Float64Array(n), xtr };
}

export interface ResidualStatistics {
  /** y − ŷ, times √w in a weighted fit. */
  readonly residuals: Float64Array;
  /** ŷ, times √w in a weighted fit. */
  readonly fitted: Float64Array;
  readonly rss: number;
  readonly mss: number;
}

/** Adds a block of terms to a running total: partial sums keep the rounding error near √(n/1024)·u. */
const PARTIAL = 1024;

/**
 * Residuals, fitted values, the residual sum of squares and the model sum of squares in working
 * rows, from double-double residuals. With an intercept the model sum is R's summary.lm
 * Σw(f − m)² with m = Σw·f / Σw; in working rows f̃ = √w·f, so it is Σ(f̃ − √w·m)², taken as
 * Σd² − (Σ√w·d)²/Σw over d = f̃ − √w·c for c the weighted mean of y — as near m as orthogonality
 * makes it — with d formed in double-double so that no digit of a small spread is lost.
 */
export function residualStatistics(
  residual: WorkingResidual,
  response: Float64Array,
  rootWeights: Float64Array | undefined,
  yScale: number,
  intercept: boolean,
): ResidualStatistics {
  const n = response.length;
  const residuals = new Float64Array(n);
  const fitted = new Float64Array(n);
  let weightedY = 0;
  let totalWeight = 0;
  if (intercept) {
    for (let i = 0; i < n; i++) {
      const w = rootWeights === undefined ? 1 : (rootWeights[i] as number);
      weightedY += w * w * (response[i] as number);
      totalWeight += w * w;
    }
  }
  const centre = intercept ? weightedY / totalWeight / yScale : 0;
  let rss = 0;
  let squares = 0;
  let weightedSum = 0;
  for (let start = 0; start < n; start += PARTIAL) {
    const end = Math.min(n, start + PARTIAL);
    let rssPart = 0;
    let squaresPart = 0;
    let weightedPart = 0;
    for (let i = start; i < end; i++) {
      const w = rootWeights === undefined ? 1 : (rootWeights[i] as number);
      const yw = (response[i] as number) * w;
      const eh = residual.hi[i] as number;
      const el = residual.lo[i] as number;
      const e = eh + el;
      residuals[i] = e * yScale;
      fitted[i] = yw - e * yScale;
      rssPart += e * e;
      // d = ỹ − e − √w·c, ỹ = yw / yScale exact, with √w·c split exactly and ỹ − √w·c a two-sum.
      const ys = yw / yScale;
      const ph = w * centre;
      const pl = twoProductError(w, centre, ph);
      const s = ys - ph;
      const bb = s - ys;
      const se = ys - (s - bb) + (-ph - bb);
      const d = s - eh + (se - pl - el);
      squaresPart += d * d;
      weightedPart += w * d;
    }
    rss += rssPart;
    squares += squaresPart;
    weightedSum += weightedPart;
  }
  const mss = intercept ? squares - (weightedSum * weightedSum) / totalWeight : squares;
  return { residuals, fitted, rss: rss * yScale * yScale, mss: mss * yScale * yScale };
}
