import { centredSumOfSquares } from "./centred-sum-of-squares.js";
import {
  type DoubleDouble,
  dd,
  ddAdd,
  ddDiv,
  ddMul,
  ddMulNumber,
  ddScale,
  ddSub,
  ddToNumber,
} from "./double-double.js";
import { type DdColumn, type PivotedQr, pivotedQrDouble, pivotedQrDoubleDouble } from "./pivoted-qr.js";
import { backSolve, frobenius, invertUpper } from "./upper-triangular.js";

/**
 * `double`: Householder QR in double precision plus one step of iterative refinement with
 * double-double residuals. `double-double`: the whole factorisation in double-double.
 * `auto` (default): double-double for small problems (cheap) and for ill-conditioned ones
 * (estimated condition number of the scaled design above 1e3), double otherwise.
 */
export type Precision = "auto" | "double" | "double-double";

export interface LeastSquaresOptions {
  readonly intercept: boolean;
  /**
   * A column is aliased when the norm left after projecting out the earlier columns is below
   * `tolerance` times its own norm. R's `lm()` uses 1e-7, which aliases Filip's x^10; the design
   * is exact to about 1e-16, so 1e-10 still catches exactly collinear columns with a wide margin.
   */
  readonly tolerance?: number;
  readonly precision?: Precision;
  /**
   * Positive case weights: weighted least squares as R's `lm(weights = w)`, fitted as OLS on rows
   * scaled by √w. Residuals, fitted values and robust variances are then those of the scaled rows.
   */
  readonly weights?: Float64Array;
}

/**
 * What a sandwich estimator needs, in the working (√w-scaled) rows: the estimated design columns,
 * (XᵀWX)⁻¹ over them (row-major, rank × rank) and the working residuals √w·e.
 */
export interface SandwichParts {
  readonly columns: readonly Float64Array[];
  readonly inverseGram: Float64Array;
  readonly residuals: Float64Array;
  /** The case weights of a weighted fit (the columns and residuals above are scaled by their root). */
  readonly weights?: Float64Array;
}

export type HcKind = "hc0" | "hc1" | "hc3";

/**
 * A design column: plain doubles, or a double-double column (value = hi + lo) for terms that a
 * double cannot hold exactly, such as powers of x in a polynomial (see `powerColumn`).
 */
export type DesignColumn = Float64Array | DdColumn;

function isDdColumn(column: DesignColumn): column is DdColumn {
  return !(column instanceof Float64Array);
}

/** The raw least-squares solution; `ols.ts` turns it into the statistics people report. */
export interface LeastSquaresSolution {
  readonly n: number;
  readonly intercept: boolean;
  /** Number of estimated coefficients (including the intercept). */
  readonly rank: number;
  /** Per design column (intercept first when present): aliased or not. */
  readonly aliased: readonly boolean[];
  readonly coefficients: readonly (number | null)[];
  /** Diagonal of (XᵀX)⁻¹ per design column, null when aliased. */
  readonly unscaledVariances: readonly (number | null)[];
  /** Variance inflation factor per design column (null for the intercept and aliased columns). */
  readonly vifs: readonly (number | null)[];
  /** y − ŷ, times √w in a weighted fit. */
  readonly residuals: Float64Array;
  /** ŷ, times √w in a weighted fit. */
  readonly fitted: Float64Array;
  /** Residual sum of squares (Σw·e² in a weighted fit). */
  readonly rss: number;
  /** Model sum of squares: about the (weighted) mean with an intercept, about zero without (as R). */
  readonly mss: number;
  readonly precisionUsed: "double" | "double-double";
  readonly conditionEstimate: number;
  /** Heteroscedasticity-consistent variances per design column (null when aliased or undefined). */
  readonly robustVariances: (kind: HcKind) => readonly (number | null)[];
  /** Design column index of each estimated coefficient, in the order of `sandwichParts`. */
  readonly kept: readonly number[];
  readonly sandwichParts: () => SandwichParts;
}

const DD_THRESHOLD_WORK = 4e6;
const CONDITION_LIMIT = 1e3;

function powerOfTwoNear(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  return 2 ** Math.round(Math.log2(x));
}

function norm2(values: ArrayLike<number>): number {
  // Scaled to avoid overflow and underflow for extreme columns.
  let scale = 0;
  for (let i = 0; i < values.length; i++) scale = Math.max(scale, Math.abs(values[i] as number));
  if (scale === 0) return 0;
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    const v = (values[i] as number) / scale;
    ss += v * v;
  }
  return scale * Math.sqrt(ss);
}

/**
 * Least squares y ≈ Xβ by Householder QR with R-style limited column pivoting. Columns are scaled
 * by exact powers of two, the intercept is an explicit column of ones (as in R), residuals are
 * always accumulated in double-double.
 */
export function solveLeastSquares(
  predictors: readonly DesignColumn[],
  response: Float64Array,
  options: LeastSquaresOptions,
): LeastSquaresSolution {
  let y = response;
  const tolerance = options.tolerance ?? 1e-10;
  const weights = options.weights;
  const rootWeights = weights?.map(Math.sqrt);
  const scaleRows = (column: Float64Array): Float64Array =>
    rootWeights === undefined ? column : column.map((v, i) => v * (rootWeights[i] as number));
  if (rootWeights !== undefined) y = scaleRows(y);
  const n = y.length;
  const withIntercept: DesignColumn[] = (
    options.intercept ? [new Float64Array(n).fill(1), ...predictors] : [...predictors]
  ).map((c) => (isDdColumn(c) ? { hi: scaleRows(c.hi), lo: scaleRows(c.lo) } : scaleRows(c)));
  const design = withIntercept.map((c) => (isDdColumn(c) ? c.hi : c));
  const designLo = withIntercept.map((c) => (isDdColumn(c) ? c.lo : undefined));
  const p = design.length;
  const norms = design.map(norm2);
  const scales = norms.map(powerOfTwoNear);
  const scaleColumn = (col: Float64Array, s: number): Float64Array => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = (col[i] as number) / s;
    return out;
  };
  const scaled = design.map((col, j) => scaleColumn(col, scales[j] as number));
  const scaledLo = designLo.map((col, j) =>
    col === undefined ? undefined : scaleColumn(col, scales[j] as number),
  );
  const scaledNorms = norms.map((v, j) => v / (scales[j] as number));
  const yScale = powerOfTwoNear(norm2(y));
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) ys[i] = (y[i] as number) / yScale;

  const precision = options.precision ?? "auto";
  let qr: PivotedQr;
  let used: "double" | "double-double";
  const runDd = (): PivotedQr =>
    pivotedQrDoubleDouble(
      scaled.map((c, j) => ({ hi: c, lo: scaledLo[j] ?? new Float64Array(n) })),
      { hi: ys, lo: new Float64Array(n) },
      scaledNorms,
      tolerance,
    );
  if (precision === "double-double" || (precision === "auto" && n * p * p <= DD_THRESHOLD_WORK)) {
    qr = runDd();
    used = "double-double";
  } else {
    qr = pivotedQrDouble(
      scaled.map((c) => Float64Array.from(c)),
      ys,
      scaledNorms,
      tolerance,
    );
    used = "double";
    if (precision === "auto") {
      const cond = frobenius(qr.r) * frobenius(invertUpper(qr.r, qr.rank));
      if (!(cond <= CONDITION_LIMIT)) {
        qr = runDd();
        used = "double-double";
      }
    }
  }

  const m = qr.rank;
  const kept = qr.order.slice(0, m);
  const rInv = invertUpper(qr.r, m);
  const condition = frobenius(qr.r) * frobenius(rInv);
  // Solution in scaled coordinates γ; β_j = γ_j · yScale / s_j is an exact rescaling.
  let gamma = backSolve(qr.r, qr.qty, m);

  const residualOf = (g: readonly DoubleDouble[]): { hi: Float64Array; lo: Float64Array } => {
    // r = y − Xγ accumulated in double-double, column by column; the two-sum and Dekker's
    // two-product are inlined because this loop runs n·rank times.
    const hi = Float64Array.from(ys);
    const lo = new Float64Array(n);
    for (let a = 0; a < m; a++) {
      const j = kept[a] as number;
      const col = scaled[j] as Float64Array;
      const colLo = scaledLo[j];
      const gk = g[a] as DoubleDouble;
      const gh = -gk.hi;
      const gl = -gk.lo;
      const cg = 134217729 * gh;
      const gHigh = cg - (cg - gh);
      const gLow = gh - gHigh;
      for (let i = 0; i < n; i++) {
        const x = col[i] as number;
        const p = gh * x;
        const cx = 134217729 * x;
        const xHigh = cx - (cx - x);
        const xLow = x - xHigh;
        const pErr = gHigh * xHigh - p + gHigh * xLow + gLow * xHigh + gLow * xLow;
        const extra = pErr + gl * x + (colLo === undefined ? 0 : gh * (colLo[i] as number));
        const h = hi[i] as number;
        const s = h + p;
        const bb = s - h;
        const e = h - (s - bb) + (p - bb) + (lo[i] as number) + extra;
        const t = s + e;
        hi[i] = t;
        lo[i] = e - (t - s);
      }
    }
    return { hi, lo };
  };

  let res = residualOf(gamma);
  if (used === "double") {
    // One step of iterative refinement: the correction solves R δ = Qᵀr with r in double-double.
    const rhs = qr.applyQt(res.hi);
    const delta = backSolve(
      qr.r,
      Array.from(rhs, (v) => dd(v)),
      m,
    );
    gamma = gamma.map((g, a) => ddAdd(g, delta[a] as DoubleDouble));
    res = residualOf(gamma);
  }

  const residuals = new Float64Array(n);
  const fitted = new Float64Array(n);
  let rssDd = dd(0);
  for (let i = 0; i < n; i++) {
    const e: DoubleDouble = { hi: res.hi[i] as number, lo: res.lo[i] as number };
    rssDd = ddAdd(rssDd, ddMul(e, e));
    const eOrig = ddScale(e, yScale);
    residuals[i] = ddToNumber(eOrig);
    fitted[i] = ddToNumber(ddSub(dd(y[i] as number), eOrig));
  }
  const rss = ddToNumber(rssDd) * yScale * yScale;
  let mssDd = dd(0);
  if (options.intercept && rootWeights !== undefined && weights !== undefined) {
    // R's summary.lm: Σw(f − m)² with m = Σw·f / Σw; in scaled rows f̃ = √w·f.
    let weighted = dd(0);
    let total = dd(0);
    for (let i = 0; i < n; i++) {
      const f = ddSub(dd(ys[i] as number), { hi: res.hi[i] as number, lo: res.lo[i] as number });
      weighted = ddAdd(weighted, ddMulNumber(f, rootWeights[i] as number));
      total = ddAdd(total, dd(weights[i] as number));
    }
    const mean = ddDiv(weighted, total);
    for (let i = 0; i < n; i++) {
      const f = ddSub(dd(ys[i] as number), { hi: res.hi[i] as number, lo: res.lo[i] as number });
      const d = ddSub(f, ddMulNumber(mean, rootWeights[i] as number));
      mssDd = ddAdd(mssDd, ddMul(d, d));
    }
  } else if (options.intercept) {
    let sum = dd(0);
    for (let i = 0; i < n; i++) sum = ddAdd(sum, dd(ys[i] as number));
    for (let i = 0; i < n; i++) sum = ddSub(sum, { hi: res.hi[i] as number, lo: res.lo[i] as number });
    const mean = ddDiv(sum, dd(n));
    for (let i = 0; i < n; i++) {
      const f = ddSub(dd(ys[i] as number), { hi: res.hi[i] as number, lo: res.lo[i] as number });
      const d = ddSub(f, mean);
      mssDd = ddAdd(mssDd, ddMul(d, d));
    }
  } else {
    for (let i = 0; i < n; i++) {
      const f = ddSub(dd(ys[i] as number), { hi: res.hi[i] as number, lo: res.lo[i] as number });
      mssDd = ddAdd(mssDd, ddMul(f, f));
    }
  }
  const mss = ddToNumber(mssDd) * yScale * yScale;

  const aliased: boolean[] = new Array<boolean>(p).fill(true);
  const coefficients: (number | null)[] = new Array<number | null>(p).fill(null);
  const unscaledVariances: (number | null)[] = new Array<number | null>(p).fill(null);
  const vifs: (number | null)[] = new Array<number | null>(p).fill(null);
  // (XᵀX)⁻¹ in scaled coordinates is R⁻¹R⁻ᵀ; its diagonal is the squared row norms of R⁻¹.
  const rowNorm2 = (a: number): DoubleDouble => {
    let s = dd(0);
    for (let k = a; k < m; k++) {
      const v = rInv[a * m + k] as DoubleDouble;
      s = ddAdd(s, ddMul(v, v));
    }
    return s;
  };
  for (let a = 0; a < m; a++) {
    const j = kept[a] as number;
    const s = scales[j] as number;
    aliased[j] = false;
    coefficients[j] = ddToNumber(ddDiv(ddMulNumber(gamma[a] as DoubleDouble, yScale), dd(s)));
    const c = ddToNumber(rowNorm2(a));
    unscaledVariances[j] = c / (s * s);
    const isInterceptColumn = options.intercept && j === 0;
    if (!isInterceptColumn) {
      // VIF_j = [(XᵀX)⁻¹]_jj · Σ(x_j − x̄_j)² with an intercept (the Schur complement makes the
      // diagonal that of the centred design), and · Σx_j² without one, as car::vif computes it.
      // With weights both are weighted: Σw(x − x̄_w)² and Σw·x².
      const predictor = predictors[j - (options.intercept ? 1 : 0)] as DesignColumn;
      const spread = options.intercept
        ? centredSumOfSquares(isDdColumn(predictor) ? predictor.hi : predictor, weights)
        : (norms[j] as number) ** 2;
      vifs[j] = (c / (s * s)) * spread;
    }
  }

  const robustVariances = (kind: HcKind): (number | null)[] => {
    const rInvD = rInv.map(ddToNumber);
    const acc = new Float64Array(m);
    const w = new Float64Array(m);
    const g = new Float64Array(m);
    const df = n - m;
    let undefinedWeight = false;
    for (let i = 0; i < n; i++) {
      // w = R⁻ᵀ z_i (z_i the scaled design row), leverage h_i = |w|², g = R⁻¹ w = (XᵀX)⁻¹ z_i.
      for (let a = 0; a < m; a++) {
        let s = 0;
        for (let k = 0; k <= a; k++)
          s += (rInvD[k * m + a] as number) * ((scaled[kept[k] as number] as Float64Array)[i] as number);
        w[a] = s;
      }
      let h = 0;
      for (let a = 0; a < m; a++) h += (w[a] as number) ** 2;
      for (let a = 0; a < m; a++) {
        let s = 0;
        for (let k = a; k < m; k++) s += (rInvD[a * m + k] as number) * (w[k] as number);
        g[a] = s;
      }
      const e = residuals[i] as number;
      let omega = e * e;
      if (kind === "hc1") omega *= n / df;
      else if (kind === "hc3") {
        const oneMinusH = 1 - h;
        if (oneMinusH <= 1e-12) {
          if (e !== 0) undefinedWeight = true;
          omega = 0;
        } else omega /= oneMinusH * oneMinusH;
      }
      for (let a = 0; a < m; a++) acc[a] = (acc[a] as number) + omega * (g[a] as number) ** 2;
    }
    const out: (number | null)[] = new Array<number | null>(p).fill(null);
    if (undefinedWeight || (kind === "hc1" && df <= 0)) return out;
    for (let a = 0; a < m; a++) {
      const j = kept[a] as number;
      const s = scales[j] as number;
      out[j] = (acc[a] as number) / (s * s);
    }
    return out;
  };

  const sandwichParts = (): SandwichParts => {
    const inverseGram = new Float64Array(m * m);
    for (let a = 0; a < m; a++) {
      for (let b = a; b < m; b++) {
        let s = dd(0);
        for (let k = b; k < m; k++)
          s = ddAdd(s, ddMul(rInv[a * m + k] as DoubleDouble, rInv[b * m + k] as DoubleDouble));
        const v =
          ddToNumber(s) / ((scales[kept[a] as number] as number) * (scales[kept[b] as number] as number));
        inverseGram[a * m + b] = v;
        inverseGram[b * m + a] = v;
      }
    }
    const columns = kept.map((j) => design[j] as Float64Array);
    return weights === undefined
      ? { columns, inverseGram, residuals }
      : { columns, inverseGram, residuals, weights };
  };

  return {
    n,
    intercept: options.intercept,
    rank: m,
    aliased,
    coefficients,
    unscaledVariances,
    vifs,
    residuals,
    fitted,
    rss,
    mss,
    precisionUsed: used,
    conditionEstimate: condition,
    robustVariances,
    kept,
    sandwichParts,
  };
}

export type { DdColumn };
