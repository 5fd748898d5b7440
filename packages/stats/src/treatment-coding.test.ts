import { expectCloseToR, rAvailable, runR, toCsv } from "@maturo/vitest-config/r";
import { describe, expect, it } from "vitest";
import { fitOls } from "./ols.js";
import { normal, seededRandom } from "./test-fixtures/seeded-random.js";
import { treatmentCoding, withTreatmentCoding } from "./treatment-coding.js";

const PROVINCES = ["West-Vlaanderen", "Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant"];

function organisations(seed: number, n: number) {
  const random = seededRandom(seed);
  const columns = {
    y: [] as (number | null)[],
    x: [] as number[],
    province: [] as (string | null)[],
    size: [] as number[],
  };
  for (let i = 0; i < n; i++) {
    const p = Math.floor(random() * PROVINCES.length);
    const size = [10, 2, 3][Math.floor(random() * 3)] as number;
    const x = normal(random);
    columns.province.push(i === 7 ? null : (PROVINCES[p] as string));
    columns.size.push(size);
    columns.x.push(x);
    columns.y.push(i === 3 ? null : 2 + 0.4 * x + 0.3 * p - 0.05 * size + normal(random));
  }
  return columns;
}

describe("treatment-coded factors", () => {
  it("takes the first level in sort order as the reference and names dummies as R does", () => {
    const coding = treatmentCoding(
      { province: ["Limburg", "Antwerpen", "", "Limburg", "Oost-Vlaanderen"] },
      "province",
    );
    expect(coding.ok && coding.value.reference).toBe("Antwerpen");
    expect(coding.ok && coding.value.terms).toEqual(["provinceLimburg", "provinceOost-Vlaanderen"]);
    expect(coding.ok && Array.from(coding.value.columns[0] ?? [])).toEqual([1, 0, Number.NaN, 1, 0]);
  });

  it("orders numeric levels numerically (10 after 2) and reads '02' as 2", () => {
    const coding = treatmentCoding({ size: ["10", "2", "02", 3] }, "size");
    expect(coding.ok && coding.value.levels).toEqual(["2", "3", "10"]);
    expect(coding.ok && coding.value.terms).toEqual(["size3", "size10"]);
  });

  it("refuses a factor with one level and a dummy that would overwrite a column", () => {
    const one = treatmentCoding({ kind: ["a", "a"] }, "kind");
    expect(!one.ok && one.error.message).toBe('factor "kind" needs at least two levels, it has 1');
    const clash = withTreatmentCoding({ kind: ["a", "b"], kindb: [1, 2] }, ["kind"]);
    expect(!clash.ok && clash.error.column).toBe("kindb");
  });

  it.skipIf(!rAvailable)("fits lm(y ~ x + province + size) with factors like R, to 1e-9", async () => {
    const data = organisations(21, 150);
    const coded = withTreatmentCoding(data, ["province", "size"]);
    if (!coded.ok) throw new Error(coded.error.message);
    const fit = fitOls(coded.value.data, { dependent: "y", predictors: ["x", ...coded.value.terms] });
    if (!fit.ok) throw new Error(fit.error.message);
    const r = (await runR(
      `d <- read.csv("data.csv", stringsAsFactors = TRUE); d$size <- factor(d$size)
fit <- lm(y ~ x + province + size, data = d); s <- summary(fit)
cat(jsonlite::toJSON(list(terms = names(coef(fit)), estimate = unname(coef(fit)), se = unname(s$coefficients[, 2]), n = nobs(fit)), digits = NA, auto_unbox = TRUE))`,
      { "data.csv": toCsv(data) },
    )) as { terms: string[]; estimate: number[]; se: number[]; n: number };
    expect(fit.value.coefficients.map((c) => c.term)).toEqual(r.terms);
    expect(fit.value.n).toBe(r.n);
    expectCloseToR(
      fit.value.coefficients.map((c) => c.estimate),
      r.estimate,
    );
    expectCloseToR(
      fit.value.coefficients.map((c) => c.stdError),
      r.se,
    );
  });
});
