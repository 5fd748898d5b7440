import { compileInstruments, DEFAULT_FRAMEWORK, type Instrument } from "@maturo/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createScoringPlan, type ScoringPlan, scoreResponses } from "./index.js";
import { compiledArb, responsesArb } from "./test-fixtures/generators.js";
import {
  type RefResponse,
  referencePercentPositive,
  referenceRespondent,
  referenceSummary,
} from "./test-fixtures/reference-scoring.js";

function planOf(compiled: Parameters<typeof createScoringPlan>[0]): ScoringPlan {
  const plan = createScoringPlan(compiled);
  if (!plan.ok) throw new Error(plan.errors.map((e) => e.message).join("\n"));
  return plan.value;
}

function close(actual: number | null | undefined, expected: number | null): void {
  if (expected === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(expected, 9);
}

describe("golden: the package agrees with a plain implementation of §6", () => {
  it("respondent, organisation and item results on random instruments and responses", () => {
    fc.assert(
      fc.property(
        compiledArb.chain((compiled) =>
          fc.tuple(
            fc.constant(compiled),
            responsesArb(compiled),
            fc.constantFrom("equal", "balanced") as fc.Arbitrary<"equal" | "balanced">,
          ),
        ),
        ([compiled, responses, weighting]) => {
          const plan = planOf(compiled);
          const report = scoreResponses(plan, responses, { lenient: true, weighting });
          if (!report.ok) throw new Error("lenient scoring failed");
          const byRespondent = new Map<string, Record<string, number | "missing" | "n/a">>();
          for (const response of responses)
            byRespondent.set(response.respondentId, referenceRespondent(compiled, response));
          for (const respondent of report.value.respondents) {
            const expected = byRespondent.get(respondent.respondentId) ?? {};
            for (const node of plan.nodes) {
              const value = expected[node.id];
              close(respondent.scores[node.id], typeof value === "number" ? value : null);
            }
          }
          for (const organisation of report.value.organisations) {
            const members = responses.filter((r) => r.organisationId === organisation.organisationId);
            expect(organisation.n).toBe(members.length);
            for (const node of plan.nodes) {
              const rows: { role: string; score: number }[] = [];
              for (const member of members) {
                const value = byRespondent.get(member.respondentId)?.[node.id];
                if (typeof value === "number") rows.push({ role: member.role, score: value });
              }
              const expected = referenceSummary(rows, weighting);
              const actual = organisation.scores[node.id];
              expect(actual?.n).toBe(expected.n);
              close(actual?.mean, expected.mean);
              close(actual?.sd, expected.sd);
            }
            for (const stat of organisation.items) {
              const expected = referencePercentPositive(compiled, stat.itemId, members);
              expect(stat.n).toBe(expected.n);
              close(stat.percentPositive, expected.percentPositive);
            }
          }
          for (const stat of report.value.items) {
            const expected = referencePercentPositive(compiled, stat.itemId, responses);
            expect(stat.n).toBe(expected.n);
            close(stat.percentPositive, expected.percentPositive);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

// A small instrument worked out by hand.
const HAND: Instrument = {
  id: "hand",
  version: "1.0.0",
  apiVersion: 1,
  locales: ["en"],
  title: { en: "Hand" },
  scales: [
    {
      id: "agree6",
      points: 6,
      positive: [5, 6],
      dontKnow: true,
      labels: { en: ["1", "2", "3", "4", "5", "6"] },
    },
    { id: "yesno", points: 2, positive: [2], labels: { en: ["no", "yes"] } },
  ],
  sections: [
    {
      id: "s",
      title: { en: "S" },
      items: [
        { id: "e1", node: "capability.efficiency", scale: "agree6", text: { en: "e1" } },
        { id: "e2", node: "capability.efficiency", scale: "agree6", text: { en: "e2" } },
        {
          id: "e3",
          node: "capability.efficiency",
          scale: "agree6",
          text: { en: "e3" },
          roles: ["director", "manager"],
        },
        { id: "i1", node: "capability.innovation", scale: "agree6", text: { en: "i1" } },
        {
          id: "i2",
          node: "capability.innovation",
          scale: "agree6",
          text: { en: "i2" },
          showIf: { item: "i1", in: [4, 5, 6] },
        },
        { id: "t1", node: "legacy.technology", scale: "agree6", text: { en: "t1" }, reverse: true },
        { id: "a1", node: "context.alderman-digital", scale: "yesno", text: { en: "a1" } },
      ],
    },
  ],
};

describe("a worked example", () => {
  const compiled = compileInstruments([HAND], DEFAULT_FRAMEWORK);
  const plan = planOf(compiled);
  const responses: RefResponse[] = [
    // director: e = (5−1)/5·100 = 80, (3−1)/5·100 = 40, dk → efficiency = mean(80, 40) = 60 (2 valid of 3 ≥ half);
    // i1 = 6 → 100, i2 shown (6 ∈ {4,5,6}) = 2 → 20; innovation = 60; balance has no items (n/a);
    // capability = mean(60, 60) = 60. t1 reverse: (6 − 2)/5·100 = 80 → technology 80; legacy = 80.
    // a1 = yes → (2 − 1)/1·100 = 100.
    {
      respondentId: "d",
      organisationId: "o",
      role: "director",
      answers: { e1: 5, e2: 3, e3: "dk", i1: 6, i2: 2, t1: 2, a1: 2 },
    },
    // staff: e3 not asked; e1 = 1 → 0, e2 blank → 1 valid of 2 applicable ≥ half → efficiency 0;
    // i1 = 3 → 40, i2 not shown → innovation 40; capability = 20. t1 = 6 (reverse) → 0. a1 = no → 0.
    { respondentId: "s", organisationId: "o", role: "staff", answers: { e1: 1, i1: 3, t1: 6, a1: 1 } },
    // manager: e1 dk, e2 blank, e3 = 6 → 1 valid of 3 < half → efficiency missing; i1 dk → innovation:
    // i1 applicable, i2 not shown → 0 valid of 1 → missing; capability: 0 of 2 present → missing.
    // Nothing else answered: technology missing, legacy missing, alderman missing.
    { respondentId: "m", organisationId: "o", role: "manager", answers: { e1: "dk", e3: 6, i1: "dk" } },
  ];

  it("scores respondents, the organisation, items and the profile as worked out", () => {
    const report = scoreResponses(plan, responses);
    if (!report.ok) throw new Error(JSON.stringify(report.errors));
    const [d, s, m] = report.value.respondents;
    expect(d?.scores).toMatchObject({
      "capability.efficiency": 60,
      "capability.innovation": 60,
      "capability.balance": null,
      capability: 60,
      "legacy.technology": 80,
      legacy: 80,
      "context.alderman-digital": 100,
    });
    expect(s?.scores).toMatchObject({
      "capability.efficiency": 0,
      "capability.innovation": 40,
      capability: 20,
      legacy: 0,
    });
    expect(m?.scores).toMatchObject({ "capability.efficiency": null, capability: null, legacy: null });
    // Context nodes without items are not reported; those with items are.
    expect(Object.keys(d?.scores ?? {})).not.toContain("context.coercive");
    const org = report.value.organisations[0];
    // capability: 60 and 20 → mean 40, sd = √(((60−40)² + (20−40)²)/1) = √800 = 28.2843, n = 2.
    expect(org?.scores.capability?.mean).toBeCloseTo(40, 12);
    expect(org?.scores.capability?.sd).toBeCloseTo(Math.sqrt(800), 12);
    expect(org?.scores.capability?.n).toBe(2);
    // legacy: 80 and 0 → 40. Profile: capability 40 < 50, legacy 40 < 50 → A.
    expect(org?.profile).toEqual({ id: "A", capability: 40, legacy: 40 });
    // e1 valid answers 5 and 1 → 1 of 2 positive = 50%; t1 (reverse) 2 → mirror 5 positive, 6 → mirror 1 → 50%.
    const items = Object.fromEntries(report.value.items.map((i) => [i.itemId, i]));
    expect(items.e1).toMatchObject({ n: 2, percentPositive: 50 });
    expect(items.t1).toMatchObject({ n: 2, percentPositive: 50 });
    // i2: only the director was shown it, answered 2 → 0 of 1.
    expect(items.i2).toMatchObject({ n: 1, percentPositive: 0 });
    // balanced: management mean of capability = 60 (manager has none), staff 20 → (60 + 20)/2 = 40.
    const balanced = scoreResponses(plan, responses, { weighting: "balanced" });
    expect(balanced.ok && balanced.value.organisations[0]?.scores.capability?.mean).toBeCloseTo(40, 12);
  });

  it("rejects what the CSV rules reject, naming the response and item", () => {
    const bad = scoreResponses(plan, [
      { respondentId: "a", organisationId: "o", role: "mayor", answers: {} },
      {
        respondentId: "b",
        organisationId: "o",
        role: "staff",
        answers: { e1: 7, e3: 4, x: 1, a1: "dk", i2: 4 },
      },
      { respondentId: "b", organisationId: "o", role: "staff", answers: {} },
    ]);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.map((e) => [e.code, e.index, e.itemId ?? null])).toEqual([
      ["unknown-role", 0, null],
      ["unknown-item", 1, "x"],
      ["out-of-range", 1, "e1"],
      ["not-asked", 1, "e3"],
      ["not-asked", 1, "i2"],
      ["dont-know-not-offered", 1, "a1"],
      ["duplicate-respondent", 2, null],
    ]);
    const lenient = scoreResponses(
      plan,
      [
        { respondentId: "b", organisationId: "o", role: "staff", answers: { e1: 7, e2: 4, e3: 4 } },
        { respondentId: "b", organisationId: "o", role: "staff", answers: {} },
      ],
      { lenient: true },
    );
    expect(lenient.ok).toBe(true);
    if (!lenient.ok) return;
    expect(lenient.value.warnings).toHaveLength(3);
    // e1 skipped (blank), e2 = 4 → 60, e3 not applicable: 1 valid of 2 → efficiency 60.
    expect(lenient.value.respondents[0]?.scores["capability.efficiency"]).toBeCloseTo(60, 12);
  });
});
