import { expectCloseToR, rAvailable, runR, toCsv } from "@maturo/vitest-config/r";
import { describe, expect, it } from "vitest";
import { conditionalReliability } from "./conditional-reliability.js";
import { normal, seededRandom } from "./test-fixtures/seeded-random.js";

/** A five-item scale; c1 and c2 are asked only of respondents whose filter answer was yes (~40%). */
function scale(seed: number) {
  const random = seededRandom(seed);
  const data: Record<string, (number | null)[]> = { i1: [], i2: [], i3: [], c1: [], c2: [] };
  const asked: boolean[] = [];
  for (let r = 0; r < 261; r++) {
    const trait = normal(random);
    const filter = random() < 0.4;
    asked.push(filter);
    for (const item of Object.keys(data)) {
      const isAsked = !item.startsWith("c") || filter;
      const value = Math.max(1, Math.min(6, Math.round(3.5 + trait + normal(random))));
      data[item]?.push(isAsked && random() > 0.03 ? value : null);
    }
  }
  return { data, asked };
}

describe("alpha with conditional items", () => {
  it("reports the items asked of all over the most respondents, and the full scale over those asked", () => {
    const { data, asked } = scale(61);
    const result = conditionalReliability(data, {
      items: ["i1", "i2", "i3", "c1", "c2"],
      conditional: ["c1", "c2"],
      asked: { c1: asked, c2: asked },
    });
    if (!result.ok) throw new Error(result.error.message);
    const { core, withConditional } = result.value;
    expect(core).toMatchObject({ items: ["i1", "i2", "i3"], reason: "asked-of-all" });
    expect(withConditional).toMatchObject({
      reason: "with-conditional",
      nAsked: asked.filter(Boolean).length,
    });
    expect(core.n).toBeGreaterThan(2 * (withConditional?.n ?? 0));
    expect(withConditional?.n).toBeLessThanOrEqual(withConditional?.nAsked ?? 0);
  });

  it("says why there is no figure: too few items, or too few respondents", () => {
    const result = conditionalReliability(
      { a: [1, 2, 3], b: [2, 3, 3], c: [null, null, 1] },
      { items: ["a", "b", "c"], conditional: ["b", "c"] },
    );
    expect(result.ok && [result.value.core.reason, result.value.withConditional?.reason]).toEqual([
      "too-few-items",
      "too-few-respondents",
    ]);
  });

  it("refuses a conditional item that is not an item", () => {
    const result = conditionalReliability({ a: [1], b: [1] }, { items: ["a", "b"], conditional: ["x"] });
    expect(!result.ok && result.error.column).toBe("x");
  });

  it.skipIf(!rAvailable)("equals psych::alpha on the complete rows of each item set", async () => {
    const { data } = scale(62);
    const ours = conditionalReliability(data, {
      items: ["i1", "i2", "i3", "c1", "c2"],
      conditional: ["c1", "c2"],
    });
    if (!ours.ok) throw new Error(ours.error.message);
    const r = (await runR(
      `suppressMessages(library(psych)); d <- read.csv("data.csv")
one <- function(items) { x <- na.omit(d[, items]); a <- suppressWarnings(suppressMessages(psych::alpha(x, warnings = FALSE)))
  c(nrow(x), a$total$raw_alpha, a$total$std.alpha) }
cat(jsonlite::toJSON(list(one(c("i1", "i2", "i3")), one(c("i1", "i2", "i3", "c1", "c2"))), digits = NA))`,
      { "data.csv": toCsv(data) },
    )) as number[][];
    const figures = [ours.value.core, ours.value.withConditional];
    figures.forEach((figure, f) => {
      const [n, raw, std] = r[f] as number[];
      expect(figure?.n).toBe(n);
      expectCloseToR([figure?.result?.alpha, figure?.result?.standardizedAlpha], [raw, std] as number[]);
    });
  });
});
