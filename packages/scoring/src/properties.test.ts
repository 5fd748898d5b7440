import type { CompiledInstrument, NormalizedItem } from "@maturo/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ANSWER_BLANK,
  ANSWER_DONT_KNOW,
  benchmarkOrganisation,
  createScoringPlan,
  itemStat,
  type ScoringPlan,
  scoreMatrix,
  scoreResponses,
  strengthsAndChallenges,
} from "./index.js";
import { compiledArb, responsesArb } from "./test-fixtures/generators.js";
import type { RefResponse } from "./test-fixtures/reference-scoring.js";

function planOf(compiled: CompiledInstrument): ScoringPlan {
  const plan = createScoringPlan(compiled);
  if (!plan.ok) throw new Error(plan.errors.map((e) => e.message).join("\n"));
  return plan.value;
}

const withResponses = compiledArb.chain((compiled) =>
  fc.tuple(fc.constant(compiled), responsesArb(compiled)),
);

function score(compiled: CompiledInstrument, responses: readonly RefResponse[]) {
  const report = scoreResponses(planOf(compiled), responses, { lenient: true });
  if (!report.ok) throw new Error("lenient scoring failed");
  return report.value;
}

describe("invariants", () => {
  it("every respondent and organisation score and every % positive is within 0–100", () => {
    fc.assert(
      fc.property(withResponses, ([compiled, responses]) => {
        const report = score(compiled, responses);
        for (const respondent of report.respondents) {
          for (const value of Object.values(respondent.scores)) {
            if (value !== null) {
              expect(value).toBeGreaterThanOrEqual(0);
              expect(value).toBeLessThanOrEqual(100);
            }
          }
        }
        for (const organisation of report.organisations) {
          for (const summary of Object.values(organisation.scores)) {
            if (summary.mean !== null) {
              expect(summary.mean).toBeGreaterThanOrEqual(-1e-9);
              expect(summary.mean).toBeLessThanOrEqual(100 + 1e-9);
            }
          }
        }
        for (const item of [...report.items, ...report.organisations.flatMap((o) => o.items)]) {
          if (item.percentPositive !== null) {
            expect(item.percentPositive).toBeGreaterThanOrEqual(0);
            expect(item.percentPositive).toBeLessThanOrEqual(100);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("the order of the items (the columns) does not change any result", () => {
    fc.assert(
      fc.property(
        withResponses.chain(([compiled, responses]) =>
          fc.tuple(
            fc.constant(compiled),
            fc.constant(responses),
            fc.shuffledSubarray([...compiled.items], { minLength: compiled.items.length }),
          ),
        ),
        ([compiled, responses, shuffled]) => {
          const before = score(compiled, responses);
          const after = score({ ...compiled, items: shuffled }, responses);
          expect(after.respondents).toEqual(before.respondents);
          const byId = (items: typeof before.items) =>
            Object.fromEntries(items.map((item) => [item.itemId, item]));
          expect(byId(after.items)).toEqual(byId(before.items));
          for (const [o, organisation] of before.organisations.entries()) {
            const other = after.organisations[o];
            for (const [node, summary] of Object.entries(organisation.scores)) {
              expect(other?.scores[node]?.n).toBe(summary.n);
              if (summary.mean === null) expect(other?.scores[node]?.mean).toBeNull();
              else expect(other?.scores[node]?.mean).toBeCloseTo(summary.mean, 9);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("reverse-coding an item and mirroring its answers (x → k + 1 − x) changes nothing", () => {
    fc.assert(
      fc.property(
        withResponses.chain(([compiled, responses]) =>
          fc.tuple(fc.constant(compiled), fc.constant(responses), fc.nat(compiled.items.length - 1)),
        ),
        ([compiled, responses, index]) => {
          const target = compiled.items[index] as NormalizedItem;
          // Mirroring would change which dependent items a showIf shows; pick an item nothing depends on.
          fc.pre(compiled.items.every((item) => item.showIf?.item !== target.id));
          const flipped: CompiledInstrument = {
            ...compiled,
            items: compiled.items.map((item) =>
              item === target ? { ...item, reverse: !item.reverse } : item,
            ),
          };
          const mirrored = responses.map((response) => {
            const value = response.answers[target.id];
            return typeof value === "number"
              ? { ...response, answers: { ...response.answers, [target.id]: target.points + 1 - value } }
              : response;
          });
          const before = score(compiled, responses);
          const after = score(flipped, mirrored);
          for (const [r, respondent] of before.respondents.entries()) {
            for (const [node, value] of Object.entries(respondent.scores)) {
              const other = after.respondents[r]?.scores[node];
              if (value === null) expect(other).toBeNull();
              else expect(other).toBeCloseTo(value, 9);
            }
          }
          expect(after.items).toEqual(before.items);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("a category is scored exactly when at least half of its applicable items are valid", () => {
    // One category of n items asked of everyone; v of them answered, the rest dk or blank.
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 12 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 12, maxLength: 12 }),
        (n, rawValid, points) => {
          const valid = Math.min(rawValid, n);
          const items = Array.from({ length: n }, (_, j) => ({
            id: `q-${j}`,
            plugin: "p",
            section: "s",
            node: "capability.efficiency",
            scale: "agree5",
            points: 5,
            positive: [4, 5],
            reverse: false,
            roles: ["director", "manager", "staff"] as const,
            tags: [],
            dontKnow: true,
            showIf: null,
            text: { en: "q" },
            seed: null,
          }));
          const plan = planOf({ ...baseCompiled, items });
          const answers = new Uint8Array(n);
          for (let j = 0; j < n; j++) {
            answers[j] = j < valid ? (points[j] as number) : j % 2 === 0 ? ANSWER_DONT_KNOW : ANSWER_BLANK;
          }
          const result = scoreMatrix(plan, { respondents: 1, answers, roles: new Uint8Array([2]) });
          const node = plan.nodeIndex.get("capability.efficiency") as number;
          const scored = !Number.isNaN(result.scores[node] as number);
          expect(scored).toBe(valid > 0 && valid * 2 >= n);
          const capability = plan.nodeIndex.get("capability") as number;
          // The dimension has one applicable category, so it is scored exactly when that one is.
          expect(!Number.isNaN(result.scores[capability] as number)).toBe(scored);
        },
      ),
    );
  });
});

const baseCompiled: CompiledInstrument = (() => {
  const sample = fc.sample(compiledArb, { numRuns: 1, seed: 1 })[0];
  if (sample === undefined) throw new Error("no sample");
  return sample;
})();

describe("benchmarks, strengths and challenges", () => {
  it("percentile rank is (below + ½ equal) / group × 100 among the others, withheld under 5", () => {
    const peers = [10, 20, 20, 30, 40, 50].map((score, i) => ({
      organisationId: `o${i}`,
      score,
      province: i < 3 ? "Antwerpen" : "Limburg",
      sizeClass: "small",
    }));
    const [all, province, size] = benchmarkOrganisation("o2", peers, { minGroup: 5 });
    // Others: 10, 20, 30, 40, 50 → 1 below, 1 equal → (1 + 0.5)/5 × 100 = 30; mean 150/5 = 30.
    expect(all).toEqual({ scope: "all", status: "shown", percentileRank: 30, groupMean: 30, groupSize: 5 });
    // Antwerpen has 2 others → withheld with the reason.
    expect(province).toMatchObject({
      scope: "province",
      status: "withheld",
      reason: "group-too-small",
      groupSize: 2,
    });
    expect(size).toMatchObject({ status: "shown", groupSize: 5 });
    expect(
      benchmarkOrganisation("o2", [...peers.slice(0, 2), { organisationId: "o2", score: null }], {
        minGroup: 1,
      })[0],
    ).toMatchObject({ status: "withheld", reason: "no-score" });
  });

  it("strengths are the highest % positive, challenges the lowest, never overlapping", () => {
    const items = [
      itemStat("a", 10, 9),
      itemStat("b", 10, 2),
      itemStat("c", 10, 5),
      itemStat("d", 0, 0),
      itemStat("e", 10, 7),
    ];
    expect(strengthsAndChallenges(items, { count: 2 })).toEqual({
      strengths: [items[0], items[4]],
      challenges: [items[1], items[2]],
    });
    const few = strengthsAndChallenges(items.slice(0, 3), { count: 3 });
    expect(few.strengths.map((i) => i.itemId)).toEqual(["a", "c"]);
    expect(few.challenges.map((i) => i.itemId)).toEqual(["b"]);
  });
});
