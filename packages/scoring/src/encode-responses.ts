import { type AnswerValue, isAsked, isRole, type NormalizedItem, ROLES, type Role } from "@maturo/model";
import { ANSWER_DONT_KNOW, roleCode } from "./answer-codes.js";
import type { AnswerMatrix } from "./score-matrix.js";
import type { ScoringError, ScoringResult } from "./scoring-error.js";
import type { ScoringPlan } from "./scoring-plan.js";

/** A response as code holds it: the shape of `Response` in @maturo/model, with any role text. */
export interface ResponseInput {
  readonly respondentId: string;
  readonly organisationId: string;
  readonly role: string;
  /** Item id → point 1..k or "dk"; absent, null or undefined = not answered. */
  readonly answers: Readonly<Record<string, AnswerValue | null | undefined>>;
}

export interface EncodeOptions {
  /** Skip what is wrong (the response, or the one answer) and report it as a warning. */
  readonly lenient?: boolean;
}

/** Responses in columnar form, with the ids the matrix indices stand for. */
export interface EncodedResponses {
  readonly matrix: AnswerMatrix & { readonly organisations: Uint32Array; readonly organisationCount: number };
  readonly respondentIds: readonly string[];
  readonly respondentRoles: readonly Role[];
  /** Organisation ids in order of first appearance; the matrix stores indices into this list. */
  readonly organisationIds: readonly string[];
  /** For each encoded respondent, its position in the input. */
  readonly inputIndex: readonly number[];
  /** With `lenient`: what was skipped. */
  readonly warnings: readonly ScoringError[];
}

function describeShowIf(item: NormalizedItem): string {
  return item.showIf === null
    ? ""
    : ` (shown only when "${item.showIf.item}" is ${item.showIf.in.join(", ")})`;
}

/**
 * Check responses and lay them out as an answer matrix. Errors (all of them, each naming the
 * response and the item): unknown role, duplicated respondent id, unknown item, a value that is not a
 * point of the item's scale, "dk" where the scale offers none, an answer to an item the respondent
 * was not asked (role, or a false showIf). With `lenient` the response (role, duplicate) or the
 * answer (the others) is skipped and reported under `warnings` instead.
 */
export function encodeResponses(
  plan: ScoringPlan,
  responses: readonly ResponseInput[],
  options: EncodeOptions = {},
): ScoringResult<EncodedResponses> {
  const problems: ScoringError[] = [];
  const items = plan.items;
  const I = items.length;
  const kept: number[] = [];
  const seen = new Set<string>();
  responses.forEach((response, index) => {
    const respondentId = response.respondentId;
    if (!isRole(response.role)) {
      problems.push({
        code: "unknown-role",
        message: `unknown role "${response.role}" (expected ${ROLES.join(", ")})`,
        index,
        respondentId,
      });
      return;
    }
    if (seen.has(respondentId)) {
      problems.push({
        code: "duplicate-respondent",
        message: `respondent id "${respondentId}" appears more than once`,
        index,
        respondentId,
      });
      return;
    }
    seen.add(respondentId);
    kept.push(index);
  });

  const R = kept.length;
  const answers = new Uint8Array(R * I);
  const roles = new Uint8Array(R);
  const organisations = new Uint32Array(R);
  const organisationIds: string[] = [];
  const organisationIndex = new Map<string, number>();
  const respondentIds: string[] = [];
  const respondentRoles: Role[] = [];
  const byId = new Map(items.map((item) => [item.id, item]));

  kept.forEach((index, r) => {
    const response = responses[index] as ResponseInput;
    const role = response.role as Role;
    const respondentId = response.respondentId;
    respondentIds.push(respondentId);
    respondentRoles.push(role);
    roles[r] = roleCode(role);
    let organisation = organisationIndex.get(response.organisationId);
    if (organisation === undefined) {
      organisation = organisationIds.length;
      organisationIds.push(response.organisationId);
      organisationIndex.set(response.organisationId, organisation);
    }
    organisations[r] = organisation;
    const problem = (code: ScoringError["code"], itemId: string, message: string): void => {
      problems.push({ code, message, index, respondentId, itemId });
    };
    for (const itemId of Object.keys(response.answers)) {
      if (!plan.itemIndex.has(itemId) && response.answers[itemId] != null) {
        problem("unknown-item", itemId, `unknown item "${itemId}"`);
      }
    }
    // The answers kept so far: a condition reads the answer scoring keeps (plan order puts every
    // controlling item first), so an answer refused above never shows the items behind it.
    const accepted: Record<string, AnswerValue> = {};
    items.forEach((item, j) => {
      const value = response.answers[item.id];
      if (value === null || value === undefined) return;
      let code: number;
      if (value === "dk") {
        if (!item.dontKnow) {
          problem("dont-know-not-offered", item.id, `"dk": the scale of "${item.id}" offers no "don't know"`);
          return;
        }
        code = ANSWER_DONT_KNOW;
      } else if (Number.isInteger(value) && value >= 1 && value <= item.points) {
        code = value;
      } else {
        problem(
          "out-of-range",
          item.id,
          `${JSON.stringify(value)} is not a point of the scale (1 to ${item.points})`,
        );
        return;
      }
      if (!isAsked(item, role, accepted, byId)) {
        const why = item.roles.includes(role)
          ? `was not shown${describeShowIf(item)}`
          : `is not asked of ${role}`;
        problem("not-asked", item.id, `an answer to "${item.id}", which ${why}`);
        return;
      }
      answers[r * I + j] = code;
      accepted[item.id] = value;
    });
  });

  // In input order, so a CSV's problems read top to bottom.
  problems.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  if (problems.length > 0 && options.lenient !== true) return { ok: false, errors: problems };
  // Skipped answers stay ANSWER_BLANK (0): the matrix starts zero-filled.
  return {
    ok: true,
    value: {
      matrix: { respondents: R, answers, roles, organisations, organisationCount: organisationIds.length },
      respondentIds,
      respondentRoles,
      organisationIds,
      inputIndex: kept,
      warnings: problems,
    },
  };
}
