import type { SandwichParts } from "./least-squares.js";
import { symmetricPower } from "./symmetric-eigen.js";

/**
 * `cr1`: R's `sandwich::vcovCL(fit, cluster, type = "HC1")` — G/(G − 1)·(n − 1)/(n − k) times
 * the clustered sandwich, tested on G − 1 degrees of freedom. `cr2`: the bias-reduced
 * linearisation of Bell and McCaffrey with Satterthwaite degrees of freedom per coefficient, as
 * `clubSandwich::coef_test(fit, vcov = "CR2", test = "Satterthwaite")`.
 */
export type ClusterKind = "cr1" | "cr2";

export interface ClusterRobust {
  /** Variance per estimated coefficient, in the order of the sandwich parts' columns. */
  readonly variances: readonly (number | null)[];
  /** Degrees of freedom of each coefficient's t test. */
  readonly df: readonly (number | null)[];
  readonly clusters: number;
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** M·A·M for m × m matrices (row-major). */
function sandwich(bread: Float64Array, meat: Float64Array, m: number): Float64Array {
  return product(product(bread, meat, m), bread, m);
}

/** Rows grouped by cluster: `start[g]`..`start[g + 1]` index into `rows`. */
function groupRows(codes: Int32Array, count: number): { rows: Int32Array; start: Int32Array } {
  const start = new Int32Array(count + 1);
  for (const g of codes) start[g + 1] = (start[g + 1] as number) + 1;
  for (let g = 0; g < count; g++) start[g + 1] = (start[g + 1] as number) + (start[g] as number);
  const fill = start.slice(0, count);
  const rows = new Int32Array(codes.length);
  codes.forEach((g, i) => {
    rows[fill[g] as number] = i;
    fill[g] = (fill[g] as number) + 1;
  });
  return { rows, start };
}

function cr1(parts: SandwichParts, codes: Int32Array, count: number): ClusterRobust {
  const { columns, inverseGram, residuals } = parts;
  const m = columns.length;
  const n = residuals.length;
  const scores = new Float64Array(count * m);
  for (let a = 0; a < m; a++) {
    const x = columns[a] as Float64Array;
    for (let i = 0; i < n; i++) {
      const at = (codes[i] as number) * m + a;
      scores[at] = (scores[at] as number) + (x[i] as number) * (residuals[i] as number);
    }
  }
  const meat = new Float64Array(m * m);
  for (let g = 0; g < count; g++)
    for (let a = 0; a < m; a++)
      for (let b = 0; b < m; b++)
        meat[a * m + b] =
          (meat[a * m + b] as number) + (scores[g * m + a] as number) * (scores[g * m + b] as number);
  const v = sandwich(inverseGram, meat, m);
  const factor = (count / (count - 1)) * ((n - 1) / (n - m));
  const df = count > 1 ? count - 1 : null;
  return {
    variances: Array.from({ length: m }, (_, a) =>
      df === null || n <= m ? null : finiteOrNull(factor * (v[a * m + a] as number)),
    ),
    df: Array.from({ length: m }, () => df),
    clusters: count,
  };
}

/** leftᵀ·matrix·right for an m × m matrix. */
function quadratic(left: Float64Array, matrix: Float64Array, right: Float64Array, m: number): number {
  let s = 0;
  for (let b = 0; b < m; b++) {
    let t = 0;
    for (let c = 0; c < m; c++) t += (matrix[b * m + c] as number) * (right[c] as number);
    s += (left[b] as number) * t;
  }
  return s;
}

/** left·right for m × m matrices (row-major). */
function product(left: Float64Array, right: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let a = 0; a < m; a++)
    for (let b = 0; b < m; b++) {
      let s = 0;
      for (let k = 0; k < m; k++) s += (left[a * m + k] as number) * (right[k * m + b] as number);
      out[a * m + b] = s;
    }
  return out;
}

/**
 * CR2 as clubSandwich computes it for `lm`, with the working covariance Θ = I and the fit's
 * weights W (1 without weights): H = X M XᵀW, G_j = [(I − H)(I − H)ᵀ]_jj, A_j = G_j^(−1/2),
 * V = M Σ_j (X_jᵀW_jA_je_j)(…)ᵀ M.
 */
function cr2(parts: SandwichParts, codes: Int32Array, count: number): ClusterRobust {
  const { columns, inverseGram: bread, weights } = parts;
  const m = columns.length;
  const n = parts.residuals.length;
  const root = weights?.map(Math.sqrt);
  // The working parts are scaled by √w; CR2 needs the rows and residuals of the model itself.
  const raw = (value: number, i: number): number =>
    root === undefined ? value : value / (root[i] as number);
  const weightOf = (i: number): number => (weights === undefined ? 1 : (weights[i] as number));
  const x = columns.map((column) => column.map(raw));
  const residuals = parts.residuals.map(raw);
  const { rows, start } = groupRows(codes, count);
  // Q = M (Σ w² x xᵀ) M: H Hᵀ = X Q Xᵀ.
  const weightedGram = new Float64Array(m * m);
  for (let a = 0; a < m; a++)
    for (let b = a; b < m; b++) {
      const xa = x[a] as Float64Array;
      const xb = x[b] as Float64Array;
      let s = 0;
      for (let i = 0; i < n; i++) s += weightOf(i) ** 2 * (xa[i] as number) * (xb[i] as number);
      weightedGram[a * m + b] = s;
      weightedGram[b * m + a] = s;
    }
  const q = sandwich(bread, weightedGram, m);
  // Satterthwaite per coefficient c: with q_j = A_j W_j X_j M c, a_j = X_jᵀq_j, b_j = X_jᵀW_jq_j,
  // the G × G matrix P = diag(|q_j|²) + ZᵀKZ (z_j = [a_j; b_j], K = [[Q, −M], [−M, 0]]) has
  // trace E and Σ P² = Σ_j (d_j² + 2 d_j L_jj) + tr(K S K S) with S = Σ z_j z_jᵀ — never forming P.
  const k2 = 2 * m;
  const kernel = new Float64Array(k2 * k2);
  for (let a = 0; a < m; a++)
    for (let b = 0; b < m; b++) {
      kernel[a * k2 + b] = q[a * m + b] as number;
      kernel[a * k2 + m + b] = -(bread[a * m + b] as number);
      kernel[(m + a) * k2 + b] = -(bread[a * m + b] as number);
    }
  const trace = new Float64Array(m);
  const diagonalTerms = new Float64Array(m);
  const outer = Array.from({ length: m }, () => new Float64Array(k2 * k2));
  const meat = new Float64Array(m * m);
  for (let g = 0; g < count; g++) {
    const from = start[g] as number;
    const size = (start[g + 1] as number) - from;
    const xg = new Float64Array(size * m);
    const wg = new Float64Array(size);
    for (let r = 0; r < size; r++) {
      const i = rows[from + r] as number;
      wg[r] = weightOf(i);
      for (let a = 0; a < m; a++) xg[r * m + a] = (x[a] as Float64Array)[i] as number;
    }
    const row = (r: number): Float64Array => xg.subarray(r * m, (r + 1) * m);
    const xm = new Float64Array(size * m);
    for (let r = 0; r < size; r++)
      for (let a = 0; a < m; a++) {
        let s = 0;
        for (let k = 0; k < m; k++) s += (xg[r * m + k] as number) * (bread[k * m + a] as number);
        xm[r * m + a] = s;
      }
    const gMatrix = new Float64Array(size * size);
    for (let r = 0; r < size; r++)
      for (let c = 0; c < size; c++) {
        let h = 0;
        for (let k = 0; k < m; k++) h += (xm[r * m + k] as number) * (xg[c * m + k] as number);
        let hT = 0;
        for (let k = 0; k < m; k++) hT += (xm[c * m + k] as number) * (xg[r * m + k] as number);
        gMatrix[r * size + c] =
          (r === c ? 1 : 0) -
          h * (wg[c] as number) -
          hT * (wg[r] as number) +
          quadratic(row(r), q, row(c), m);
      }
    const adjust = symmetricPower(gMatrix, size, -0.5);
    const applyAdjust = (vector: Float64Array): Float64Array => {
      const out = new Float64Array(size);
      for (let r = 0; r < size; r++) {
        let s = 0;
        for (let c = 0; c < size; c++) s += (adjust[r * size + c] as number) * (vector[c] as number);
        out[r] = s;
      }
      return out;
    };
    const crossX = (vector: Float64Array, weighted: boolean): Float64Array => {
      const out = new Float64Array(m);
      for (let a = 0; a < m; a++) {
        let s = 0;
        for (let r = 0; r < size; r++)
          s += (xg[r * m + a] as number) * (vector[r] as number) * (weighted ? (wg[r] as number) : 1);
        out[a] = s;
      }
      return out;
    };
    const adjusted = applyAdjust(
      Float64Array.from({ length: size }, (_, r) => residuals[rows[from + r] as number] as number),
    );
    const score = crossX(adjusted, true);
    for (let a = 0; a < m; a++)
      for (let b = 0; b < m; b++)
        meat[a * m + b] = (meat[a * m + b] as number) + (score[a] as number) * (score[b] as number);
    for (let c = 0; c < m; c++) {
      const qj = applyAdjust(
        Float64Array.from({ length: size }, (_, r) => (wg[r] as number) * (xm[r * m + c] as number)),
      );
      let d = 0;
      for (const value of qj) d += value * value;
      const aj = crossX(qj, false);
      const bj = crossX(qj, true);
      const ljj = -2 * quadratic(aj, bread, bj, m) + quadratic(aj, q, aj, m);
      trace[c] = (trace[c] as number) + d + ljj;
      diagonalTerms[c] = (diagonalTerms[c] as number) + d * d + 2 * d * ljj;
      const z = new Float64Array(k2);
      z.set(aj, 0);
      z.set(bj, m);
      const s = outer[c] as Float64Array;
      for (let a = 0; a < k2; a++)
        for (let b = 0; b < k2; b++)
          s[a * k2 + b] = (s[a * k2 + b] as number) + (z[a] as number) * (z[b] as number);
    }
  }
  const v = sandwich(bread, meat, m);
  const df = Array.from({ length: m }, (_, c) => {
    const ks = product(kernel, outer[c] as Float64Array, k2);
    let squares = diagonalTerms[c] as number;
    for (let a = 0; a < k2; a++)
      for (let b = 0; b < k2; b++) squares += (ks[a * k2 + b] as number) * (ks[b * k2 + a] as number);
    const e = trace[c] as number;
    return count > 1 ? finiteOrNull((e * e) / squares) : null;
  });
  return {
    variances: Array.from({ length: m }, (_, a) => (count > 1 ? finiteOrNull(v[a * m + a] as number) : null)),
    df,
    clusters: count,
  };
}

/**
 * Cluster-robust variances of a least-squares fit from its sandwich parts; `codes` gives each
 * row's cluster (0 … count − 1, every cluster with at least one row).
 */
export function clusterRobust(
  parts: SandwichParts,
  codes: Int32Array,
  count: number,
  kind: ClusterKind,
): ClusterRobust {
  return kind === "cr1" ? cr1(parts, codes, count) : cr2(parts, codes, count);
}
