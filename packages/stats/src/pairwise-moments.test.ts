import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { centredSumOfSquares } from "./centred-sum-of-squares.js";
import { correlationMatrix } from "./correlation-matrix.js";
import { pairwiseCovarianceMatrix } from "./covariance.js";
import { pairwiseMoments } from "./pairwise-moments.js";

const cell = fc.oneof(fc.constant(Number.NaN), fc.double({ min: -1e3, max: 1e3, noNaN: true }));
const pairs = fc
  .integer({ min: 3, max: 40 })
  .chain((n) =>
    fc.tuple(fc.array(cell, { minLength: n, maxLength: n }), fc.array(cell, { minLength: n, maxLength: n })),
  );

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

describe("one rule for pairwise moments and centred sums of squares", () => {
  it("pairwise covariances and correlations both use the pair's own complete rows and means", () => {
    fc.assert(
      fc.property(pairs, ([xs, ys]) => {
        const x = Float64Array.from(xs);
        const y = Float64Array.from(ys);
        const kept = xs.flatMap((a, i) =>
          Number.isNaN(a) || Number.isNaN(ys[i] as number) ? [] : [[a, ys[i] as number]],
        );
        const moments = pairwiseMoments(x, y);
        expect(moments.n).toBe(kept.length);
        if (kept.length < 2) return;
        const mx = kept.reduce((s, [a]) => s + (a as number), 0) / kept.length;
        const my = kept.reduce((s, [, b]) => s + (b as number), 0) / kept.length;
        const sxy = kept.reduce((s, [a, b]) => s + ((a as number) - mx) * ((b as number) - my), 0);
        expect(close(moments.sxy, sxy)).toBe(true);
        const covariance = pairwiseCovarianceMatrix([x, y]);
        expect(covariance.covariance[1]).toBe(moments.sxy / (kept.length - 1));
        expect(covariance.counts[1]).toBe(kept.length);
        const r = correlationMatrix({ x, y }, ["x", "y"], "pairwise");
        const expected = moments.sxy / Math.sqrt(moments.sxx * moments.syy);
        expect(r.ok && r.value.r[0]?.[1]).toBe(
          Number.isFinite(expected) ? Math.max(-1, Math.min(1, expected)) : null,
        );
      }),
    );
  });

  it("a weighted sum of squares with integer weights equals the unweighted one of the repeated rows", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.integer({ min: 1, max: 4 })), {
          minLength: 2,
          maxLength: 30,
        }),
        (rows) => {
          const values = rows.map(([v]) => v);
          const weights = rows.map(([, w]) => w);
          const repeated = rows.flatMap(([v, w]) => Array.from({ length: w }, () => v));
          expect(close(centredSumOfSquares(values, weights), centredSumOfSquares(repeated))).toBe(true);
        },
      ),
    );
  });
});
