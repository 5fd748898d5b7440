// The scoring kernel decides who was asked what from its compiled tables (role masks, showIf masks,
// controllers first); every other caller asks `isAsked` of @maturo/model. Both must agree.
import { type AskableItem, isAsked, type NormalizedItem, type Role } from "@maturo/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeResponses } from "./encode-responses.js";
import { CODE_SLOTS, scoreMatrix } from "./score-matrix.js";
import { createScoringPlan, type ScoringPlan } from "./scoring-plan.js";
import { compiledArb, responsesArb } from "./test-fixtures/generators.js";

type RawAnswer = number | "dk" | "na" | null | undefined;
type ScoredAnswer = Exclude<RawAnswer, "na">;

/** The plan of a generated instrument (generated instruments are always valid). */
function planOf(compiled: Parameters<typeof createScoringPlan>[0]): ScoringPlan {
  const plan = createScoringPlan(compiled);
  if (!plan.ok) throw new Error(plan.errors.map((e) => e.message).join("; "));
  return plan.value;
}

/**
 * Answers as the former callers held them: points, "dk", null (asked, not answered: the API and
 * exports), "na" (not asked: exports), absent — including answers to items a role or a condition
 * excludes (left behind when an earlier answer changed).
 */
const casesArb = compiledArb.chain((compiled) =>
  fc.record({
    compiled: fc.constant(compiled),
    responses: responsesArb(compiled, 12),
    extra: fc.array(fc.constantFrom<RawAnswer>("na", null), { minLength: compiled.items.length }),
    extraAt: fc.array(fc.boolean(), { minLength: compiled.items.length }),
  }),
);

describe("who is asked what: the kernel's compiled form against isAsked", () => {
  it("the kernel scores exactly the items isAsked says were asked, chained showIf and roles included", () => {
    fc.assert(
      fc.property(casesArb, ({ compiled, responses, extra, extraAt }) => {
        const plan = planOf(compiled);
        const byId = new Map(plan.items.map((item) => [item.id, item]));
        // Each respondent its own organisation: the answer tallies then show, per respondent and
        // item, whether the kernel counted the item as asked (one slot) or not (none).
        const raw = responses.map((response, r) => {
          const answers: Record<string, RawAnswer> = { ...response.answers };
          compiled.items.forEach((item, j) => {
            if (extraAt[j] === true && r % 2 === 0 && answers[item.id] === undefined) {
              answers[item.id] = extra[j] as RawAnswer;
            }
          });
          return { ...response, organisationId: response.respondentId, answers };
        });
        const encoded = encodeResponses(
          plan,
          raw.map((response) => ({
            ...response,
            // "na" is how an export says "not asked"; a response to score never holds it.
            answers: Object.fromEntries(
              Object.entries(response.answers).filter(
                (entry): entry is [string, ScoredAnswer] => entry[1] !== "na",
              ),
            ),
          })),
          { lenient: true },
        );
        if (!encoded.ok) throw new Error("lenient encoding never fails");
        const scores = scoreMatrix(plan, encoded.value.matrix);
        const I = plan.items.length;
        raw.forEach((response, r) => {
          const role = encoded.value.respondentRoles[r] ?? null;
          plan.items.forEach((item, j) => {
            let tallied = 0;
            for (let slot = 0; slot < CODE_SLOTS; slot++) {
              tallied += scores.answerCounts[(r * I + j) * CODE_SLOTS + slot] as number;
            }
            const expected = isAsked(item, role, response.answers, byId);
            expect(tallied, `${response.respondentId} ${item.id}`).toBe(expected ? 1 : 0);
            // An answer is kept exactly when its item was asked.
            const given = response.answers[item.id];
            const kept = encoded.value.matrix.answers[r * I + j] !== 0;
            expect(kept).toBe(expected && (typeof given === "number" || given === "dk"));
          });
        });
      }),
      { numRuns: 300 },
    );
  });

  it("the web app's form of the questionnaire (one role's items, without roles) agrees", () => {
    fc.assert(
      fc.property(
        compiledArb.chain((compiled) =>
          fc.record({ compiled: fc.constant(compiled), responses: responsesArb(compiled, 6) }),
        ),
        ({ compiled, responses }) => {
          const byId = new Map(compiled.items.map((item) => [item.id, item]));
          for (const response of responses) {
            const role = response.role as Role;
            // What the server sends a respondent: the role's items, with their conditions only.
            const questionnaire: AskableItem[] = compiled.items
              .filter((item: NormalizedItem) => item.roles.includes(role))
              .map((item) => ({ id: item.id, showIf: item.showIf }));
            const shown = new Map(questionnaire.map((item) => [item.id, item]));
            for (const item of compiled.items) {
              const web = shown.has(item.id)
                ? isAsked(shown.get(item.id) as AskableItem, null, response.answers, shown)
                : false;
              expect(web).toBe(isAsked(item, role, response.answers, byId));
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
