/** Rows per block: a block of every column (16 columns × 128 rows × 8 bytes) stays in the first-level cache. */
export const BLOCK_ROWS = 256;

/**
 * The working rows of a least-squares problem as columns: an optional leading column of ones, the
 * given columns, each row scaled by its root weight when `rootWeights` is given, and each column
 * multiplied by an exact power of two (`columnScales`, so nothing is rounded by it).
 */
export interface WorkingRows {
  readonly leadingOnes: boolean;
  readonly columns: readonly Float64Array[];
  readonly rootWeights?: Float64Array | undefined;
  readonly columnScales: Float64Array;
}

/** Copies rows [start, start + rows) of the working columns into `block` (column-major, BLOCK_ROWS apart). */
export function loadBlock(source: WorkingRows, start: number, rows: number, block: Float64Array): void {
  const { leadingOnes, columns, rootWeights, columnScales } = source;
  const first = leadingOnes ? 1 : 0;
  if (leadingOnes) {
    const s = columnScales[0] as number;
    for (let i = 0; i < rows; i++)
      block[i] = rootWeights === undefined ? s : (rootWeights[start + i] as number) * s;
  }
  for (let j = 0; j < columns.length; j++) {
    const column = columns[j] as Float64Array;
    const s = columnScales[j + first] as number;
    const base = (j + first) * BLOCK_ROWS;
    if (rootWeights === undefined) {
      for (let i = 0; i < rows; i++) block[base + i] = (column[start + i] as number) * s;
    } else {
      for (let i = 0; i < rows; i++) {
        block[base + i] = (column[start + i] as number) * (rootWeights[start + i] as number) * s;
      }
    }
  }
}

/**
 * The triangular factor R (p × p, row-major) of the tall matrix of working rows, by Householder
 * reflections applied block by block to [R; next rows] — the tall-skinny QR. Each block is read
 * once and reduced while it is in cache, so the whole factorisation streams the data a single
 * time; the reflections are the same 2np² flops as a column-wise Householder QR, which reads every
 * column p times. Q is not kept: with the response as the last column, the last column of R holds
 * Qᵀy and its last entry ±the residual norm.
 */
export function tallSkinnyR(source: WorkingRows, n: number): Float64Array {
  if (source.leadingOnes) return centredTallSkinnyR(source, n);
  const p = source.columns.length;
  const r = new Float64Array(p * p);
  const block = new Float64Array(p * BLOCK_ROWS);
  for (let start = 0; start < n; start += BLOCK_ROWS) {
    const rows = Math.min(BLOCK_ROWS, n - start);
    loadBlock(source, start, rows, block);
    reduceBlock(r, p, block, rows);
  }
  return r;
}

/**
 * With a leading column of ones (or of root weights) the other columns are reduced centred: each
 * block about its own (weighted) mean, with one more row √(W·W_b / (W + W_b))·(M − m_b) joining
 * the block's mean m_b (weight W_b) to the running mean M (weight W) — the QR form of Chan's
 * pairwise update of centred cross-products. The constant then costs no reflections (one column
 * fewer in every block), the centred columns are better conditioned than the raw ones, and R of
 * the whole design is [√W, √W·M; 0, R_centred].
 */
function centredTallSkinnyR(source: WorkingRows, n: number): Float64Array {
  const q = source.columns.length;
  const p = q + 1;
  const rc = new Float64Array(q * q);
  const block = new Float64Array(Math.max(q, 1) * BLOCK_ROWS);
  const { rootWeights, columnScales } = source;
  const plain: WorkingRows = {
    leadingOnes: false,
    columns: source.columns,
    columnScales: columnScales.subarray(1),
  };
  const mean = new Float64Array(q);
  const blockMean = new Float64Array(q);
  let total = 0;
  // One row of each block is kept for the row that joins the means.
  const span = BLOCK_ROWS - 1;
  for (let start = 0; start < n; start += span) {
    const rows = Math.min(span, n - start);
    loadBlock(plain, start, rows, block);
    let weight = 0;
    for (let i = 0; i < rows; i++) {
      const w = rootWeights === undefined ? 1 : (rootWeights[start + i] as number);
      weight += w * w;
    }
    for (let j = 0; j < q; j++) {
      const base = j * BLOCK_ROWS;
      let sum = 0;
      for (let i = 0; i < rows; i++) {
        const w = rootWeights === undefined ? 1 : (rootWeights[start + i] as number);
        sum += w * w * (block[base + i] as number);
      }
      const m = sum / weight;
      blockMean[j] = m;
      for (let i = 0; i < rows; i++) {
        const w = rootWeights === undefined ? 1 : (rootWeights[start + i] as number);
        block[base + i] = w * ((block[base + i] as number) - m);
      }
      block[base + rows] = Math.sqrt((total * weight) / (total + weight)) * ((mean[j] as number) - m);
    }
    for (let j = 0; j < q; j++) {
      mean[j] =
        (mean[j] as number) + ((blockMean[j] as number) - (mean[j] as number)) * (weight / (total + weight));
    }
    total += weight;
    reduceBlock(rc, q, block, rows + 1);
  }
  const r = new Float64Array(p * p);
  const root = Math.sqrt(total);
  r[0] = root * (columnScales[0] as number);
  for (let j = 0; j < q; j++) r[j + 1] = root * (mean[j] as number);
  for (let i = 0; i < q; i++) {
    for (let j = i; j < q; j++) r[(i + 1) * p + j + 1] = rc[i * q + j] as number;
  }
  return r;
}

/** Householder reflections that fold `rows` rows of `block` into the triangular `r` (p × p). */
function reduceBlock(r: Float64Array, p: number, block: Float64Array, rows: number): void {
  // Reflections in groups of four: the trailing columns are updated through the group's
  // products, so each of them is read twice per group (dots, then update) instead of eight times.
  let k = 0;
  for (; k + 3 < p; k += 4) {
    const h = [0, 1, 2, 3].map((g) => {
      const reflection = reflect(r, p, block, rows, k + g);
      for (let j = k + g + 1; j < k + 4; j++) applyReflection(r, p, block, rows, k + g, reflection, j);
      return reflection;
    }) as [Reflection, Reflection, Reflection, Reflection];
    const b0 = k * BLOCK_ROWS;
    const b1 = b0 + BLOCK_ROWS;
    const b2 = b1 + BLOCK_ROWS;
    const b3 = b2 + BLOCK_ROWS;
    let c10 = 0;
    let c20 = 0;
    let c21 = 0;
    let c30 = 0;
    let c31 = 0;
    let c32 = 0;
    for (let i = 0; i < rows; i++) {
      const v0 = block[b0 + i] as number;
      const v1 = block[b1 + i] as number;
      const v2 = block[b2 + i] as number;
      const v3 = block[b3 + i] as number;
      c10 += v1 * v0;
      c20 += v2 * v0;
      c21 += v2 * v1;
      c30 += v3 * v0;
      c31 += v3 * v1;
      c32 += v3 * v2;
    }
    for (let j = k + 4; j < p; j++) {
      const bj = j * BLOCK_ROWS;
      let d0 = h[0].v0 * (r[k * p + j] as number);
      let d1 = h[1].v0 * (r[(k + 1) * p + j] as number);
      let d2 = h[2].v0 * (r[(k + 2) * p + j] as number);
      let d3 = h[3].v0 * (r[(k + 3) * p + j] as number);
      for (let i = 0; i < rows; i++) {
        const c = block[bj + i] as number;
        d0 += (block[b0 + i] as number) * c;
        d1 += (block[b1 + i] as number) * c;
        d2 += (block[b2 + i] as number) * c;
        d3 += (block[b3 + i] as number) * c;
      }
      // Applying H0, then H1, …: each later dot loses what the earlier reflections removed.
      const f0 = h[0].tau * d0;
      const f1 = h[1].tau * (d1 - f0 * c10);
      const f2 = h[2].tau * (d2 - f0 * c20 - f1 * c21);
      const f3 = h[3].tau * (d3 - f0 * c30 - f1 * c31 - f2 * c32);
      r[k * p + j] = (r[k * p + j] as number) - f0 * h[0].v0;
      r[(k + 1) * p + j] = (r[(k + 1) * p + j] as number) - f1 * h[1].v0;
      r[(k + 2) * p + j] = (r[(k + 2) * p + j] as number) - f2 * h[2].v0;
      r[(k + 3) * p + j] = (r[(k + 3) * p + j] as number) - f3 * h[3].v0;
      for (let i = 0; i < rows; i++) {
        block[bj + i] =
          (block[bj + i] as number) -
          f0 * (block[b0 + i] as number) -
          f1 * (block[b1 + i] as number) -
          f2 * (block[b2 + i] as number) -
          f3 * (block[b3 + i] as number);
      }
    }
  }
  for (; k < p; k++) {
    const reflection = reflect(r, p, block, rows, k);
    for (let j = k + 1; j < p; j++) applyReflection(r, p, block, rows, k, reflection, j);
  }
}

interface Reflection {
  /** Entry of the reflector in row k of R (the block rows hold the rest); zero tau: no reflection. */
  readonly v0: number;
  readonly tau: number;
}

/** The reflector that zeroes block column k against R[k][k]; sets R[k][k]. */
function reflect(r: Float64Array, p: number, block: Float64Array, rows: number, k: number): Reflection {
  const baseK = k * BLOCK_ROWS;
  let ss = 0;
  for (let i = 0; i < rows; i++) {
    const v = block[baseK + i] as number;
    ss += v * v;
  }
  if (ss === 0) return { v0: 0, tau: 0 };
  const rkk = r[k * p + k] as number;
  const norm = Math.sqrt(rkk * rkk + ss);
  const alpha = rkk > 0 ? -norm : norm;
  // The reflector is (v0, 0, …, 0, block column k): it touches row k of R and the block only.
  const v0 = rkk - alpha;
  r[k * p + k] = alpha;
  return { v0, tau: 2 / (ss + v0 * v0) };
}

function applyReflection(
  r: Float64Array,
  p: number,
  block: Float64Array,
  rows: number,
  k: number,
  reflection: Reflection,
  j: number,
): void {
  const baseK = k * BLOCK_ROWS;
  const baseJ = j * BLOCK_ROWS;
  let d = reflection.v0 * (r[k * p + j] as number);
  for (let i = 0; i < rows; i++) d += (block[baseK + i] as number) * (block[baseJ + i] as number);
  const f = reflection.tau * d;
  r[k * p + j] = (r[k * p + j] as number) - f * reflection.v0;
  for (let i = 0; i < rows; i++)
    block[baseJ + i] = (block[baseJ + i] as number) - f * (block[baseK + i] as number);
}
