import { dd, ddMulNumber } from "./double-double.js";
import type { DdColumn } from "./pivoted-qr.js";

/** x^k as a double-double column: exact enough that a polynomial design loses nothing to rounding. */
export function powerColumn(x: ArrayLike<number>, k: number): DdColumn {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`power must be a positive integer, got ${k}`);
  const hi = new Float64Array(x.length);
  const lo = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    let acc = dd(v);
    for (let e = 1; e < k; e++) acc = ddMulNumber(acc, v);
    hi[i] = acc.hi;
    lo[i] = acc.lo;
  }
  return { hi, lo };
}
