import { expectCloseToR, rAvailable, runR, toCsv } from "@maturo/vitest-config/r";
import { describe, expect, it } from "vitest";
import { icc } from "./icc.js";
import { normal, seededRandom } from "./test-fixtures/seeded-random.js";

describe("ICC(1), ICC(2) and n0", () => {
  it("gives the textbook values for balanced groups", () => {
    // Groups {1, 2} and {5, 6}: MSB = 16, MSW = 0.5, n0 = 2.
    const result = icc(
      { g: ["a", "a", "b", "b"], y: [1, 2, 3, 4].map((v, i) => (i < 2 ? v : v + 2)) },
      { group: "g", variables: ["y"] },
    );
    expect(result.ok && result.value[0]).toMatchObject({
      groups: 2,
      n: 4,
      n0: 2,
      msBetween: 16,
      msWithin: 0.5,
    });
    expect(result.ok && result.value[0]?.icc1).toBeCloseTo((16 - 0.5) / (16 + 0.5), 15);
    expect(result.ok && result.value[0]?.icc2).toBeCloseTo((16 - 0.5) / 16, 15);
  });

  it("names the variable without rows", () => {
    const result = icc({ g: ["a", "b"], y: ["", "NA"] }, { group: "g", variables: ["y"] });
    expect(!result.ok && result.error.column).toBe("y");
  });

  it.skipIf(!rAvailable)(
    "equals R's anova(lm(y ~ factor(g))) on unbalanced groups with singletons and missing values",
    async () => {
      const random = seededRandom(31);
      const data = { g: [] as string[], a: [] as (number | null)[], b: [] as (number | null)[] };
      for (let g = 0; g < 70; g++) {
        const size = g % 6 === 0 ? 1 : 1 + Math.floor(random() * 9);
        const effect = normal(random);
        for (let r = 0; r < size; r++) {
          data.g.push(`o${g}`);
          data.a.push(random() < 0.1 ? null : 3 + effect + normal(random));
          data.b.push(Math.round(1 + random() * 5));
        }
      }
      const ours = icc(data, { group: "g", variables: ["a", "b"] });
      if (!ours.ok) throw new Error(ours.error.message);
      const r = (await runR(
        `d <- read.csv("data.csv")
out <- lapply(c("a", "b"), function(v) {
  x <- d[!is.na(d[[v]]), ]; a <- anova(lm(x[[v]] ~ factor(x$g)))
  msb <- a[1, 3]; msw <- a[2, 3]; n <- nrow(x); ni <- table(x$g); G <- length(ni)
  n0 <- (n - sum(ni^2) / n) / (G - 1)
  c(msb, msw, n0, G, (msb - msw) / (msb + (n0 - 1) * msw), (msb - msw) / msb)
})
cat(jsonlite::toJSON(out, digits = NA))`,
        { "data.csv": toCsv(data) },
      )) as number[][];
      ours.value.forEach((result, v) => {
        const [msb, msw, n0, groups, icc1, icc2] = r[v] as number[];
        expect(result.groups).toBe(groups);
        expectCloseToR([result.msBetween, result.msWithin, result.n0, result.icc1, result.icc2], [
          msb,
          msw,
          n0,
          icc1,
          icc2,
        ] as number[]);
      });
    },
  );
});
