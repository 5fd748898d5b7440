import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cronbachAlpha } from "./cronbach-alpha.js";
import type { DataColumns } from "./data-columns.js";
import { parseSimpleCsv, readReference } from "./test-fixtures/reference-data.js";

function load(file: string): { data: DataColumns; items: string[] } {
  const { header, rows } = parseSimpleCsv(readReference(`alpha/${file}`));
  const data: Record<string, string[]> = {};
  header.forEach((h, j) => {
    data[h] = rows.map((r) => r[j] ?? "");
  });
  return { data, items: header.filter((h) => /^Q\d+$/.test(h)) };
}

function run(data: DataColumns, options: Parameters<typeof cronbachAlpha>[1]) {
  const result = cronbachAlpha(data, options);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function close(value: number | null | undefined, reference: number, tolerance = 1e-12): void {
  expect(value).not.toBeNull();
  expect(Math.abs((value as number) - reference)).toBeLessThan(tolerance);
}

describe("Cronbach's alpha against published values", () => {
  it("questionnaire (15 × 10, complete): 0.5917188485995826", () => {
    const { data, items } = load("realstat_questionnaire.csv");
    const result = run(data, { items });
    close(result.alpha, 0.5917188485995826);
    expect([result.n, result.k]).toEqual([15, 10]);
  });

  it("binary with missing cells: listwise 0.8016949152542373 on 9 rows, pairwise 0.732660835214447", () => {
    const { data, items } = load("realstat_binary_missing.csv");
    const listwise = run(data, { items });
    close(listwise.alpha, 0.8016949152542373);
    expect(listwise.n).toBe(9);
    const pairwise = run(data, { items, missing: "pairwise" });
    close(pairwise.alpha, 0.732660835214447);
  });

  // psych 2.2.9 (Debian r-cran-psych), psych::alpha(q, check.keys = FALSE), printed with digits = 17.
  it("standardised alpha, alpha if deleted, item-rest correlations, means and SDs agree with psych::alpha", () => {
    const { data, items } = load("realstat_questionnaire.csv");
    const result = run(data, { items });
    close(result.standardizedAlpha, 0.6343498015417944);
    const alphaDrop = [
      0.46869032463399113, 0.5072805578342905, 0.5183498526654164, 0.531829170024174, 0.668489065606362,
      0.6711414790996786, 0.5685063322572635, 0.6101190476190477, 0.5194256756756758, 0.522590782122905,
    ];
    const rDrop = [
      0.5747667919844912, 0.5678028417673683, 0.5213910754208803, 0.4176058241286149, -0.10758308249257417,
      -0.15723651965665172, 0.2610077350423378, 0.09217320282318571, 0.4433727459958403, 0.43368835596480604,
    ];
    const sd = [
      1.709915063331955, 1.121223821162776, 1.0997835284835873, 1.2983506020002016, 1.6987390281365427,
      1.5675276256394517, 1.1872336794093274, 1.5023790657297036, 1.4735767952260144, 1.4573295865416045,
    ];
    result.items.forEach((item, j) => {
      close(item.alphaIfDeleted, alphaDrop[j] as number);
      close(item.itemRestCorrelation, rDrop[j] as number);
      close(item.sd, sd[j] as number);
    });
    close(result.items[0]?.mean, 4.266666666666667);
  });

  it("pairwise alpha if deleted agrees with psych::alpha on the binary data", () => {
    const { data, items } = load("realstat_binary_missing.csv");
    const result = run(data, { items, missing: "pairwise" });
    const alphaDrop = [
      0.7583901206129827, 0.7399977710910509, 0.6931327970152733, 0.7694189892101381, 0.6872294372294372,
      0.6985757003462386, 0.6929916058212886, 0.661128751189369, 0.70269957131271, 0.7134918666703408,
      0.701206656798098,
    ];
    result.items.forEach((item, j) => {
      close(item.alphaIfDeleted, alphaDrop[j] as number);
    });
    expect(result.n).toBe(12);
  });

  it("reverse-keys as min + max − x over the observed range (1..7): psych gives 0.35433906216847033", () => {
    const { data, items } = load("realstat_questionnaire.csv");
    const result = run(data, { items, reverse: ["Q3"] });
    close(result.alpha, 0.35433906216847033);
  });
});

describe("alpha input handling", () => {
  it("names row and column of a bad cell", () => {
    const result = cronbachAlpha({ a: [1, 2, 3], b: [1, "x", 3] }, { items: ["a", "b"] });
    expect(!result.ok && result.error).toMatchObject({ code: "NON_NUMERIC", row: 2, column: "b" });
  });

  it("rejects unknown items and reverse keys that are not items", () => {
    const unknown = cronbachAlpha({ a: [1, 2, 3], b: [1, 2, 3] }, { items: ["a", "c"] });
    expect(!unknown.ok && unknown.error.code).toBe("UNKNOWN_COLUMN");
    const reverse = cronbachAlpha({ a: [1, 2, 3], b: [1, 2, 3] }, { items: ["a", "b"], reverse: ["z"] });
    expect(!reverse.ok && reverse.error.code).toBe("UNKNOWN_COLUMN");
  });

  it("reports when listwise deletion leaves fewer than two rows", () => {
    const result = cronbachAlpha({ a: [1, null, 3], b: [null, 2, null] }, { items: ["a", "b"] });
    expect(!result.ok && result.error.code).toBe("NO_ROWS");
  });

  it("gives null with a note, not NaN, when the scale has no variance", () => {
    const result = run({ a: [2, 2, 2], b: [3, 3, 3] }, { items: ["a", "b"] });
    expect(result.alpha).toBeNull();
    expect(result.standardizedAlpha).toBeNull();
    expect(result.notes.length).toBeGreaterThan(0);
  });
});

describe("alpha properties", () => {
  it("alpha ≤ 1, and reversing a column (min + max − x) leaves its SD unchanged", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 1, max: 5 }),
            fc.integer({ min: 1, max: 5 }),
            fc.integer({ min: 1, max: 5 }),
          ),
          {
            minLength: 3,
            maxLength: 30,
          },
        ),
        (rows) => {
          const data = { a: rows.map((r) => r[0]), b: rows.map((r) => r[1]), c: rows.map((r) => r[2]) };
          const result = cronbachAlpha(data, { items: ["a", "b", "c"] });
          expect(result.ok).toBe(true);
          if (!result.ok || result.value.alpha === null) return;
          expect(result.value.alpha).toBeLessThanOrEqual(1 + 1e-12);
          // Reversing with min+max−x maps the observed range onto itself: the variance is unchanged.
          const reversed = cronbachAlpha(data, { items: ["a", "b", "c"], reverse: ["a"] });
          if (!reversed.ok) throw new Error(reversed.error.message);
          expect(reversed.value.items[0]?.sd).toBeCloseTo(result.value.items[0]?.sd ?? Number.NaN, 12);
        },
      ),
    );
  });
});
