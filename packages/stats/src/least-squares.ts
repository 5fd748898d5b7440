import { centredSumOfSquares } from "./centred-sum-of-squares.js";
import { type DoubleDouble, dd, ddAdd, ddDiv, ddMul, ddMulNumber, ddToNumber } from "./double-double.js";
import { gramFactor } from "./gram-factor.js";
import { type DdColumn, type PivotedQr, pivotedQrDouble, pivotedQrDoubleDouble } from "./pivoted-qr.js";
import { tallSkinnyR, type WorkingRows } from "./tall-skinny-qr.js";
import { backSolve, forwardSolveTransposed, frobenius, invertUpper } from "./upper-triangular.js";
import { residualStatistics, type WorkingResidual, workingResidual } from "./working-residuals.js";

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
  /** Σw(x − x̄_w)² per estimated predictor column (null for the intercept and aliased columns). */
  readonly centredSquares: readonly (number | null)[];
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

/** A column divided by a power of two (exact). */
function dividedBy(column: Float64Array, s: number): Float64Array {
  const out = new Float64Array(column.length);
  for (let i = 0; i < column.length; i++) out[i] = (column[i] as number) / s;
  return out;
}

function maxAbs(values: Float64Array): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, Math.abs(values[i] as number));
  return max;
}

/** max |x_i·w_i| (the largest working-row entry of a column), or max |x_i| without weights. */
function maxAbsScaled(values: Float64Array, rowScale: Float64Array | undefined): number {
  if (rowScale === undefined) return maxAbs(values);
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    max = Math.max(max, Math.abs((values[i] as number) * (rowScale[i] as number)));
  }
  return max;
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
  const tolerance = options.tolerance ?? 1e-10;
  const weights = options.weights;
  const rootWeights = weights?.map(Math.sqrt);
  const n = response.length;
  const first = options.intercept ? 1 : 0;
  const p = predictors.length + first;
  const his = predictors.map((c) => (isDdColumn(c) ? c.hi : c));
  const los = predictors.map((c) => (isDdColumn(c) ? c.lo : undefined));
  // The working (√w-scaled) design columns are materialised only where a whole column is needed:
  // the double-double factorisation and the sandwich estimators.
  const designCache: Float64Array[] = [];
  const scaleRows = (column: Float64Array): Float64Array =>
    rootWeights === undefined ? column : column.map((v, i) => v * (rootWeights[i] as number));
  const design = (j: number): Float64Array => {
    const cached = designCache[j];
    if (cached !== undefined) return cached;
    const column =
      j < first ? (rootWeights ?? new Float64Array(n).fill(1)) : scaleRows(his[j - first] as Float64Array);
    designCache[j] = column;
    return column;
  };

  const precision = options.precision ?? "auto";
  let centredSquaresOf = (j: number): number => centredSumOfSquares(his[j - first] as Float64Array, weights);
  const small = n * p * p <= DD_THRESHOLD_WORK;
  let norms: number[];
  let scales: number[];
  let yScale: number;
  let qr: PivotedQr | undefined;
  let used: "double" | "double-double" = "double";
  if (precision === "double-double" || (precision === "auto" && small)) {
    norms = Array.from({ length: p }, (_, j) => norm2(design(j)));
    scales = norms.map(powerOfTwoNear);
    yScale = powerOfTwoNear(norm2(scaleRows(response)));
  } else {
    // R of [X | y] in one streaming pass. Pivoting then runs on that small R: it is X up to an
    // orthogonal factor, so it has the same column norms and aliases the same columns. Should a
    // square overflow or underflow, the pass is repeated with every column first brought to a
    // maximum near 1 by a power of two.
    const withY = [...his, response];
    const q = p + 1;
    let prescale = new Float64Array(q).fill(1);
    // Unweighted fits with an intercept and a well-conditioned design (the usual survey model)
    // take R from the centred cross-products, in half the flops; see gram-factor.ts.
    const fromGram =
      precision === "auto" && options.intercept && rootWeights === undefined ? gramFactor(withY) : undefined;
    let full =
      fromGram ??
      tallSkinnyR({ leadingOnes: options.intercept, columns: withY, rootWeights, columnScales: prescale }, n);
    if (!full.every((v) => v === 0 || (Math.abs(v) < 1e140 && Math.abs(v) > 1e-140))) {
      const maxima = Array.from({ length: q }, (_, j) =>
        j < first
          ? rootWeights === undefined
            ? 1
            : maxAbs(rootWeights)
          : maxAbsScaled(withY[j - first] as Float64Array, rootWeights),
      );
      prescale = Float64Array.from(maxima, (v) => 1 / powerOfTwoNear(v));
      full = tallSkinnyR(
        { leadingOnes: options.intercept, columns: withY, rootWeights, columnScales: prescale },
        n,
      );
    }
    const fullR = full;
    const fullScales = prescale;
    // Norm of column j over rows from..j of R, in the columns' own units.
    const columnNorm = (j: number, from = 0): number => {
      const column = new Float64Array(j + 1 - from);
      for (let i = from; i <= j; i++) column[i - from] = fullR[i * q + j] as number;
      return norm2(column) / (fullScales[j] as number);
    };
    if (options.intercept) {
      // Below the intercept's row, column j of R is the part of x_j orthogonal to the constant:
      // its squared norm is Σw(x_j − x̄_w)², without another pass over the data.
      centredSquaresOf = (j) => columnNorm(j, 1) ** 2;
    }
    norms = Array.from({ length: p }, (_, j) => columnNorm(j));
    scales = norms.map(powerOfTwoNear);
    yScale = powerOfTwoNear(columnNorm(p));
    const smallColumn = (j: number, s: number): Float64Array => {
      const column = new Float64Array(q);
      for (let i = 0; i <= j; i++) column[i] = (full[i * q + j] as number) / (prescale[j] as number) / s;
      return column;
    };
    qr = pivotedQrDouble(
      Array.from({ length: p }, (_, j) => smallColumn(j, scales[j] as number)),
      smallColumn(p, yScale),
      norms.map((v, j) => v / (scales[j] as number)),
      tolerance,
    );
    if (precision === "auto") {
      const cond = frobenius(qr.r) * frobenius(invertUpper(qr.r, qr.rank));
      if (!(cond <= CONDITION_LIMIT)) qr = undefined;
    }
  }
  if (qr === undefined) {
    const zeros = new Float64Array(n);
    qr = pivotedQrDoubleDouble(
      Array.from({ length: p }, (_, j) => {
        const lo = j < first ? undefined : los[j - first];
        return {
          hi: dividedBy(design(j), scales[j] as number),
          lo: lo === undefined ? zeros : dividedBy(scaleRows(lo), scales[j] as number),
        };
      }),
      { hi: dividedBy(scaleRows(response), yScale), lo: zeros },
      norms.map((v, j) => v / (scales[j] as number)),
      tolerance,
    );
    used = "double-double";
  }

  const m = qr.rank;
  const kept = qr.order.slice(0, m);
  const rInv = invertUpper(qr.r, m);
  const condition = frobenius(qr.r) * frobenius(rInv);
  // Solution in scaled coordinates γ; β_j = γ_j · yScale / s_j is an exact rescaling.
  let gamma = backSolve(qr.r, qr.qty, m);
  const keptRows: WorkingRows = {
    leadingOnes: options.intercept && kept[0] === 0,
    columns: kept.filter((j) => j >= first).map((j) => his[j - first] as Float64Array),
    rootWeights,
    columnScales: Float64Array.from(kept, (j) => 1 / (scales[j] as number)),
  };
  const keptLo = kept.map((j) => (j < first ? undefined : los[j - first]));
  const residualOf = (g: readonly DoubleDouble[], exact: boolean, withXtr: boolean): WorkingResidual =>
    workingResidual(keptRows, keptLo, response, 1 / yScale, g, { exact, withXtr });
  let residual: WorkingResidual;
  if (used === "double") {
    // One step of refinement by the corrected semi-normal equations, δ = R⁻¹R⁻ᵀ·Xᵀr (Q was not
    // kept; R⁻ᵀXᵀr is Qᵀr), then the residual of the refined solution.
    const initial = residualOf(gamma, false, true);
    const delta = backSolve(qr.r, forwardSolveTransposed(qr.r, initial.xtr, m), m);
    gamma = gamma.map((g, a) => ddAdd(g, delta[a] as DoubleDouble));
    let ss = 0;
    for (let i = 0; i < n; i++) ss += (initial.hi[i] as number) ** 2;
    const residualNorm = Math.sqrt(ss);
    // |Xδ| ≤ Σ|δ_a|·|x_a| with every |x_a| below √2 after scaling to unit norm: when that cannot
    // move the residual sum of squares in the tenth digit, the residual of the refined solution is
    // that of the first one and a second pass over the data is saved.
    let shift = 0;
    for (const d of delta) shift += Math.SQRT2 * Math.abs(d.hi);
    residual = shift <= 1e-10 * residualNorm ? initial : residualOf(gamma, false, false);
    // The residual in doubles is off by at most about (m + 2)·u·(|ỹ| + Σ|γ_a|·|x_a|) in norm (the
    // rounding bound of each row's dot product, summed as vectors), with |ỹ| and every |x_a| below
    // √2. Where that could move the residual sum of squares in the tenth digit (a near-exact fit),
    // the residual is redone in double-double.
    let sumGamma = 1;
    for (const g of gamma) sumGamma += Math.abs(g.hi);
    const errorNorm = (m + 2) * 2.3e-16 * Math.SQRT2 * sumGamma;
    if (!(errorNorm <= 1e-10 * residualNorm)) residual = residualOf(gamma, true, false);
  } else residual = residualOf(gamma, true, false);
  const { residuals, fitted, rss, mss } = residualStatistics(
    residual,
    response,
    rootWeights,
    yScale,
    options.intercept,
  );

  const aliased: boolean[] = new Array<boolean>(p).fill(true);
  const coefficients: (number | null)[] = new Array<number | null>(p).fill(null);
  const unscaledVariances: (number | null)[] = new Array<number | null>(p).fill(null);
  const vifs: (number | null)[] = new Array<number | null>(p).fill(null);
  const centredSquares: (number | null)[] = new Array<number | null>(p).fill(null);
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
      centredSquares[j] = centredSquaresOf(j);
      const spread = options.intercept ? centredSquares[j] : (norms[j] as number) ** 2;
      vifs[j] = (c / (s * s)) * spread;
    }
  }

  const robustVariances = (kind: HcKind): (number | null)[] => {
    const rInvD = rInv.map(ddToNumber);
    const scaled = kept.map((j) => dividedBy(design(j), scales[j] as number));
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
          s += (rInvD[k * m + a] as number) * ((scaled[k] as Float64Array)[i] as number);
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
    const columns = kept.map((j) => design(j));
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
    centredSquares,
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
