/** Rows per block: a block of every column (16 columns × 128 rows × 8 bytes) stays in the first-level cache. */
export const BLOCK_ROWS = 128;

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
  const p = source.columns.length + (source.leadingOnes ? 1 : 0);
  const r = new Float64Array(p * p);
  const block = new Float64Array(p * BLOCK_ROWS);
  for (let start = 0; start < n; start += BLOCK_ROWS) {
    const rows = Math.min(BLOCK_ROWS, n - start);
    loadBlock(source, start, rows, block);
    for (let k = 0; k < p; k++) {
      const baseK = k * BLOCK_ROWS;
      let ss = 0;
      for (let i = 0; i < rows; i++) {
        const v = block[baseK + i] as number;
        ss += v * v;
      }
      if (ss === 0) continue;
      const rkk = r[k * p + k] as number;
      const norm = Math.sqrt(rkk * rkk + ss);
      const alpha = rkk > 0 ? -norm : norm;
      // The reflector is (v0, 0, …, 0, block column k): it touches row k of R and the block only.
      const v0 = rkk - alpha;
      const tau = 2 / (ss + v0 * v0);
      for (let j = k + 1; j < p; j++) {
        const baseJ = j * BLOCK_ROWS;
        let d0 = v0 * (r[k * p + j] as number);
        let d1 = 0;
        let i = 0;
        for (; i + 1 < rows; i += 2) {
          d0 += (block[baseK + i] as number) * (block[baseJ + i] as number);
          d1 += (block[baseK + i + 1] as number) * (block[baseJ + i + 1] as number);
        }
        if (i < rows) d0 += (block[baseK + i] as number) * (block[baseJ + i] as number);
        const f = tau * (d0 + d1);
        r[k * p + j] = (r[k * p + j] as number) - f * v0;
        for (let i2 = 0; i2 < rows; i2++) {
          block[baseJ + i2] = (block[baseJ + i2] as number) - f * (block[baseK + i2] as number);
        }
      }
      r[k * p + k] = alpha;
    }
  }
  return r;
}
