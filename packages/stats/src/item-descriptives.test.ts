import { expectCloseToR, rAvailable, runR, toCsv } from "@maturo/vitest-config/r";
import { describe, expect, it } from "vitest";
import { itemDescriptives } from "./item-descriptives.js";
import { seededRandom } from "./test-fixtures/seeded-random.js";

describe("item descriptives", () => {
  it("separates not asked, don't know and not answered, and counts every point", () => {
    const cells = [5, 6, "dk", "", 2, 5, "NA", 9];
    const asked = [true, true, true, true, true, true, true, false];
    const result = itemDescriptives(cells, "q1", { points: [1, 2, 3, 4, 5, 6], positive: [5, 6], asked });
    expect(result.ok && result.value).toEqual({
      nAsked: 7,
      nValid: 4,
      nDontKnow: 1,
      nMissing: 2,
      mean: 4.5,
      sd: Math.sqrt(3),
      median: 5,
      counts: [1, 2, 3, 4, 5, 6].map((point) => ({
        point,
        count: point === 5 ? 2 : point === 2 || point === 6 ? 1 : 0,
      })),
      percentDontKnow: (1 / 7) * 100,
      percentPositive: 75,
    });
  });

  it("refuses a value that is not a point of the scale, naming the item", () => {
    const result = itemDescriptives([1, 7], "q2", { points: [1, 2, 3, 4, 5] });
    expect(!result.ok && result.error.message).toBe(
      'column "q2": 7 is not a point of the scale (1, 2, 3, 4, 5)',
    );
  });

  it.skipIf(!rAvailable)("gives R's mean, sd, median and table on a generated item", async () => {
    const random = seededRandom(51);
    const item = Array.from({ length: 261 }, () => {
      const u = random();
      return u < 0.06 ? "dk" : u < 0.1 ? null : 1 + Math.floor(random() ** 0.7 * 6);
    });
    const ours = itemDescriptives(item, "q", { points: [1, 2, 3, 4, 5, 6] });
    if (!ours.ok) throw new Error(ours.error.message);
    const r = (await runR(
      `d <- read.csv("data.csv"); x <- suppressWarnings(as.numeric(d$q)); x <- x[!is.na(x)]
cat(jsonlite::toJSON(list(n = length(x), mean = mean(x), sd = sd(x), median = median(x),
  counts = as.vector(table(factor(x, levels = 1:6))), dk = 100 * mean(d$q %in% "dk")), digits = NA, auto_unbox = TRUE))`,
      { "data.csv": toCsv({ q: item }) },
    )) as { n: number; mean: number; sd: number; median: number; counts: number[]; dk: number };
    expect(ours.value.nValid).toBe(r.n);
    expect(ours.value.counts.map((c) => c.count)).toEqual(r.counts);
    expectCloseToR(
      [ours.value.mean, ours.value.sd, ours.value.median, ours.value.percentDontKnow],
      [r.mean, r.sd, r.median, r.dk],
    );
  });
});
