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

/**
 * A·B for A (rows × inner) and B (inner × columns), row-major; with `transposed`, AᵀB for A stored
 * inner × rows. Each cell sums its terms in the order of the inner index. Terms whose factor from A
 * is zero are skipped: B is finite here, so adding them would not change a bit.
 */
function multiply(
  a: Float64Array,
  b: Float64Array,
  rows: number,
  inner: number,
  columns: number,
  transposed = false,
): Float64Array {
  const out = new Float64Array(rows * columns);
  const rowStride = transposed ? 1 : inner;
  const innerStride = transposed ? rows : 1;
  for (let r = 0; r < rows; r++)
    for (let k = 0; k < inner; k++) {
      const ark = a[r * rowStride + k * innerStride] as number;
      if (ark === 0) continue;
      for (let c = 0; c < columns; c++)
        out[r * columns + c] = (out[r * columns + c] as number) + ark * (b[k * columns + c] as number);
    }
  return out;
}

/** M·A·M for m × m matrices (row-major). */
function sandwich(bread: Float64Array, meat: Float64Array, m: number): Float64Array {
  return multiply(multiply(bread, meat, m, m, m), bread, m, m, m);
}

/**
 * CR2 as clubSandwich computes it for `lm`, with the working covariance Θ = I and the fit's
 * weights W (1 without weights): H = X M XᵀW, G_j = [(I − H)(I − H)ᵀ]_jj, A_j = G_j^(−1/2),
 * V = M Σ_j (X_jᵀW_jA_je_j)(…)ᵀ M.
 *
 * Satterthwaite df per coefficient c: with q_j = A_j W_j X_j M c, a_j = X_jᵀq_j, b_j = X_jᵀW_jq_j,
 * the G × G matrix P = diag(|q_j|²) + ZᵀKZ (z_j = [a_j; b_j], K = [[Q, −M], [−M, 0]],
 * Q = M (Σ XᵀW²X) M) has trace E and Σ P² = Σ_j (d_j² + 2 d_j L_jj) + tr(K S K S) with
 * S = Σ z_j z_jᵀ, so P is never formed; df = E² / Σ P².
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
  // Upper triangles of S per coefficient (symmetric), 2m × 2m each.
  const outer = Array.from({ length: m }, () => new Float64Array(k2 * k2));
  const meat = new Float64Array(m * m);
  const z = new Float64Array(k2);
  for (let g = 0; g < count; g++) {
    const from = start[g] as number;
    const size = (start[g + 1] as number) - from;
    const xg = new Float64Array(size * m);
    const wg = new Float64Array(size);
    const eg = new Float64Array(size);
    for (let r = 0; r < size; r++) {
      const i = rows[from + r] as number;
      wg[r] = weightOf(i);
      eg[r] = residuals[i] as number;
      for (let a = 0; a < m; a++) xg[r * m + a] = (x[a] as Float64Array)[i] as number;
    }
    const xm = multiply(xg, bread, size, m, m);
    const xq = multiply(xg, q, size, m, m);
    const gMatrix = new Float64Array(size * size);
    for (let r = 0; r < size; r++)
      for (let c = 0; c < size; c++) {
        let h = 0;
        let hT = 0;
        let hh = 0;
        for (let k = 0; k < m; k++) {
          h += (xm[r * m + k] as number) * (xg[c * m + k] as number);
          hT += (xm[c * m + k] as number) * (xg[r * m + k] as number);
          hh += (xq[r * m + k] as number) * (xg[c * m + k] as number);
        }
        gMatrix[r * size + c] = (r === c ? 1 : 0) - h * (wg[c] as number) - hT * (wg[r] as number) + hh;
      }
    const adjust = symmetricPower(gMatrix, size, -0.5);
    // Residuals and, per coefficient, W X M c, all adjusted at once: column 0 and columns 1…m.
    const stacked = new Float64Array(size * (m + 1));
    for (let r = 0; r < size; r++) {
      stacked[r * (m + 1)] = eg[r] as number;
      for (let c = 0; c < m; c++)
        stacked[r * (m + 1) + 1 + c] = (wg[r] as number) * (xm[r * m + c] as number);
    }
    const adjusted = multiply(adjust, stacked, size, size, m + 1);
    const weightedX = xg.map((v, at) => v * (wg[Math.floor(at / m)] as number));
    const crossX = multiply(xg, adjusted, m, size, m + 1, true);
    const crossWX = multiply(weightedX, adjusted, m, size, m + 1, true);
    for (let a = 0; a < m; a++) {
      const sa = crossWX[a * (m + 1)] as number;
      for (let b = 0; b < m; b++)
        meat[a * m + b] = (meat[a * m + b] as number) + sa * (crossWX[b * (m + 1)] as number);
    }
    for (let c = 0; c < m; c++) {
      let d = 0;
      for (let r = 0; r < size; r++) d += (adjusted[r * (m + 1) + 1 + c] as number) ** 2;
      for (let k = 0; k < m; k++) {
        z[k] = crossX[k * (m + 1) + 1 + c] as number;
        z[m + k] = crossWX[k * (m + 1) + 1 + c] as number;
      }
      let ljj = 0;
      for (let a = 0; a < m; a++)
        for (let b = 0; b < m; b++) {
          ljj +=
            (z[a] as number) *
            ((q[a * m + b] as number) * (z[b] as number) -
              2 * (bread[a * m + b] as number) * (z[m + b] as number));
        }
      trace[c] = (trace[c] as number) + d + ljj;
      diagonalTerms[c] = (diagonalTerms[c] as number) + d * d + 2 * d * ljj;
      const s = outer[c] as Float64Array;
      for (let a = 0; a < k2; a++) {
        const za = z[a] as number;
        for (let b = a; b < k2; b++) s[a * k2 + b] = (s[a * k2 + b] as number) + za * (z[b] as number);
      }
    }
  }
  const v = sandwich(bread, meat, m);
  const df = Array.from({ length: m }, (_, c) => {
    const s = outer[c] as Float64Array;
    for (let a = 0; a < k2; a++) for (let b = 0; b < a; b++) s[a * k2 + b] = s[b * k2 + a] as number;
    const ks = multiply(kernel, s, k2, k2, k2);
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
