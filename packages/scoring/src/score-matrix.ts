import { ROLES } from "@maturo/model";
import { ANSWER_NOT_ASKED } from "./answer-codes.js";
import type { ScoringError, ScoringResult } from "./scoring-error.js";
import type { ScoringPlan } from "./scoring-plan.js";

/** Status of one respondent × node score. */
export const SCORE_PRESENT = 0;
/** Applicable but too few valid answers (or categories) to score. */
export const SCORE_MISSING = 1;
/** Nothing applicable: no item of the node was asked of the respondent. */
export const SCORE_NOT_APPLICABLE = 2;

/** Points 1..15 have their own count slot per organisation × item; slot 0 collects the rest. */
export const CODE_SLOTS = 16;

/** Number of role codes; organisation accumulators keep one slot per role. */
export const ROLE_COUNT = ROLES.length;

/**
 * Answers in columnar form: one byte per respondent × item, row-major, columns in `plan.items`
 * order. A cell is a point 1..k, ANSWER_BLANK, ANSWER_DONT_KNOW or ANSWER_NOT_ASKED; any other code
 * counts as missing.
 */
export interface AnswerMatrix {
  readonly respondents: number;
  readonly answers: Uint8Array;
  /** Role code per respondent (see `roleCode`). */
  readonly roles: Uint8Array;
  /** Organisation index per respondent, 0..organisationCount − 1; absent = one organisation. */
  readonly organisations?: Uint32Array;
  readonly organisationCount?: number;
}

/**
 * The result of the one pass. Respondent scores are a respondents × nodes matrix (nodes in
 * `plan.nodes` order); organisation statistics are running (Welford) accumulators per
 * organisation × node × role, and answer tallies per organisation × item.
 */
export interface MatrixScores {
  readonly respondents: number;
  readonly nodeCount: number;
  readonly itemCount: number;
  readonly organisationCount: number;
  /** Score per respondent × node; NaN unless the status is SCORE_PRESENT. */
  readonly scores: Float64Array;
  /** SCORE_PRESENT, SCORE_MISSING or SCORE_NOT_APPLICABLE per respondent × node. */
  readonly status: Uint8Array;
  /** Index ((organisation × nodeCount) + node) × ROLE_COUNT + role. */
  readonly groupCount: Float64Array;
  readonly groupMean: Float64Array;
  /** Sum of squared deviations from the running mean. */
  readonly groupM2: Float64Array;
  /**
   * Applicable answers per organisation × item × point: index (organisation × itemCount + item) ×
   * CODE_SLOTS + x for point x (1..k); slot 0 counts everything that is not a valid point.
   */
  readonly answerCounts: Uint32Array;
  /** Valid answers per organisation × item (applicable items only). */
  readonly itemValid: Uint32Array;
  /** Valid answers counted positive, per organisation × item. */
  readonly itemPositive: Uint32Array;
}

/** Checks shapes and codes the pass relies on, so the pass itself need not. */
export function checkMatrix(plan: ScoringPlan, matrix: AnswerMatrix): ScoringResult<AnswerMatrix> {
  const errors: ScoringError[] = [];
  const { respondents } = matrix;
  const items = plan.items.length;
  if (!Number.isInteger(respondents) || respondents < 0) {
    errors.push({ code: "bad-matrix", message: `respondents must be a whole number, not ${respondents}` });
  } else {
    if (matrix.answers.length !== respondents * items) {
      errors.push({
        code: "bad-matrix",
        message: `answers has ${matrix.answers.length} cells; ${respondents} respondents × ${items} items need ${respondents * items}`,
      });
    }
    if (matrix.roles.length !== respondents) {
      errors.push({
        code: "bad-matrix",
        message: `roles has ${matrix.roles.length} entries, not ${respondents}`,
      });
    }
    const badRole = matrix.roles.findIndex((role) => role >= ROLE_COUNT);
    if (badRole >= 0) {
      errors.push({
        code: "unknown-role",
        message: `respondent ${badRole}: unknown role code`,
        index: badRole,
      });
    }
    const organisations = matrix.organisations;
    if (organisations !== undefined) {
      const count = matrix.organisationCount ?? 0;
      if (organisations.length !== respondents) {
        errors.push({
          code: "bad-matrix",
          message: `organisations has ${organisations.length} entries, not ${respondents}`,
        });
      }
      const bad = organisations.findIndex((o) => o >= count);
      if (bad >= 0) {
        errors.push({
          code: "bad-matrix",
          message: `respondent ${bad}: organisation index ${organisations[bad]} is not below organisationCount ${count}`,
          index: bad,
        });
      }
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: matrix };
}

/**
 * Score every respondent in one pass over the answer matrix (DESIGN §6): item scores from the plan's
 * tables, category scores under the half-valid rule, dimension scores under the half-present rule,
 * and — in the same pass — the organisation accumulators and the % positive tallies. The matrix
 * must pass `checkMatrix`; `scoreAnswers` does both.
 */
export function scoreMatrix(plan: ScoringPlan, matrix: AnswerMatrix): MatrixScores {
  const { score, packed, roleMask, showIfItem, showIfMask, itemNode } = plan.tables;
  const { roleItemStart, roleItems, roleApplicable, showIfItems } = plan.tables;
  const { categoryNodes, dimensionNodes, dimensionChildStart, dimensionChildren } = plan.tables;
  const minItemShare = plan.rules.minValidItemShare;
  const minCategoryShare = plan.rules.minCategoryShare;
  const R = matrix.respondents;
  const I = plan.items.length;
  const N = plan.nodes.length;
  const O = matrix.organisations === undefined ? 1 : (matrix.organisationCount ?? 1);
  const { answers, roles } = matrix;
  const organisations = matrix.organisations;

  const scores = new Float64Array(R * N);
  const status = new Uint8Array(R * N);
  const groupCount = new Float64Array(O * N * ROLE_COUNT);
  const groupMean = new Float64Array(O * N * ROLE_COUNT);
  const groupM2 = new Float64Array(O * N * ROLE_COUNT);
  const answerCounts = new Uint32Array(O * I * CODE_SLOTS);

  const sum = new Float64Array(N);
  /** Per node: valid answers in the low 16 bits, not-asked cells (code 255) above. */
  const counted = new Int32Array(N);
  /** Per node: applicable items that have a showIf (the others are known per role in advance). */
  const shownExtra = new Int32Array(N);
  const shown = new Uint8Array(I);
  const conditional = showIfItems.length;
  const categories = categoryNodes.length;
  const dimensions = dimensionNodes.length;

  for (let r = 0; r < R; r++) {
    const role = roles[r] as number;
    const base = r * I;
    const organisation = organisations === undefined ? 0 : (organisations[r] as number);
    const tally = organisation * I * CODE_SLOTS;
    for (let node = 0; node < N; node++) {
      sum[node] = 0;
      counted[node] = 0;
      shownExtra[node] = 0;
    }

    // The hot loop: only the items this role is asked (without a showIf), no branches. Invalid
    // codes score 0 and count nothing; a not-asked cell counts in the high half of `counted`.
    const end = roleItemStart[role + 1] as number;
    for (let k = roleItemStart[role] as number; k < end; k++) {
      const j = roleItems[k] as number;
      const code = answers[base + j] as number;
      const cell = (j << 8) | code;
      const node = itemNode[j] as number;
      sum[node] = (sum[node] as number) + (score[cell] as number);
      const add = packed[cell] as number;
      counted[node] = (counted[node] as number) + add;
      // Slot x for a valid point x, slot 0 for anything else.
      const slot = tally + j * CODE_SLOTS + (code & -(add & 1));
      answerCounts[slot] = (answerCounts[slot] as number) + 1;
    }

    // Items with a showIf, controllers first (plan order).
    for (let k = 0; k < conditional; k++) {
      const j = showIfItems[k] as number;
      shown[j] = 0;
      const code = answers[base + j] as number;
      if ((((roleMask[j] as number) >>> role) & 1) === 0 || code === ANSWER_NOT_ASKED) continue;
      const controller = showIfItem[j] as number;
      const shownBy = answers[base + controller] as number;
      const controllerShown =
        (showIfItem[controller] as number) >= 0
          ? shown[controller] === 1
          : (((roleMask[controller] as number) >>> role) & 1) === 1 && shownBy !== ANSWER_NOT_ASKED;
      if (!controllerShown || shownBy >= 32 || (((showIfMask[j] as number) >>> shownBy) & 1) === 0) continue;
      shown[j] = 1;
      const node = itemNode[j] as number;
      const cell = (j << 8) | code;
      const add = (packed[cell] as number) & 1;
      shownExtra[node] = (shownExtra[node] as number) + 1;
      sum[node] = (sum[node] as number) + (score[cell] as number);
      counted[node] = (counted[node] as number) + add;
      const slot = tally + j * CODE_SLOTS + (code & -add);
      answerCounts[slot] = (answerCounts[slot] as number) + 1;
    }

    const out = r * N;
    for (let c = 0; c < categories; c++) {
      const node = categoryNodes[c] as number;
      const both = counted[node] as number;
      const asked =
        (roleApplicable[role * N + node] as number) - (both >>> 16) + (shownExtra[node] as number);
      const got = both & 0xffff;
      if (asked === 0) {
        scores[out + node] = Number.NaN;
        status[out + node] = SCORE_NOT_APPLICABLE;
      } else if (got > 0 && got >= minItemShare * asked) {
        scores[out + node] = (sum[node] as number) / got;
      } else {
        scores[out + node] = Number.NaN;
        status[out + node] = SCORE_MISSING;
      }
    }
    for (let d = 0; d < dimensions; d++) {
      const node = dimensionNodes[d] as number;
      let asked = 0;
      let got = 0;
      let total = 0;
      const end = dimensionChildStart[d + 1] as number;
      for (let k = dimensionChildStart[d] as number; k < end; k++) {
        const child = out + (dimensionChildren[k] as number);
        const childStatus = status[child] as number;
        if (childStatus === SCORE_NOT_APPLICABLE) continue;
        asked++;
        if (childStatus === SCORE_PRESENT) {
          got++;
          total += scores[child] as number;
        }
      }
      if (asked === 0) {
        scores[out + node] = Number.NaN;
        status[out + node] = SCORE_NOT_APPLICABLE;
      } else if (got > 0 && got >= minCategoryShare * asked) {
        scores[out + node] = total / got;
      } else {
        scores[out + node] = Number.NaN;
        status[out + node] = SCORE_MISSING;
      }
    }

    const slotBase = organisation * N;
    for (let node = 0; node < N; node++) {
      if (status[out + node] !== SCORE_PRESENT) continue;
      const x = scores[out + node] as number;
      const slot = (slotBase + node) * ROLE_COUNT + role;
      const n = (groupCount[slot] as number) + 1;
      const mean = groupMean[slot] as number;
      const delta = x - mean;
      const next = mean + delta / n;
      groupCount[slot] = n;
      groupMean[slot] = next;
      groupM2[slot] = (groupM2[slot] as number) + delta * (x - next);
    }
  }

  const { itemValid, itemPositive } = tallyItems(plan, answerCounts, O);
  return {
    respondents: R,
    nodeCount: N,
    itemCount: I,
    organisationCount: O,
    scores,
    status,
    groupCount,
    groupMean,
    groupM2,
    answerCounts,
    itemValid,
    itemPositive,
  };
}

/** Valid and positive answers per organisation × item, from the answer counts. */
function tallyItems(
  plan: ScoringPlan,
  answerCounts: Uint32Array,
  organisations: number,
): { itemValid: Uint32Array; itemPositive: Uint32Array } {
  const I = plan.items.length;
  const { positive } = plan.tables;
  const itemValid = new Uint32Array(organisations * I);
  const itemPositive = new Uint32Array(organisations * I);
  for (let o = 0; o < organisations; o++) {
    plan.items.forEach((item, j) => {
      let n = 0;
      let yes = 0;
      for (let x = 1; x <= item.points; x++) {
        const count = answerCounts[(o * I + j) * CODE_SLOTS + x] as number;
        n += count;
        yes += count * (positive[(j << 8) | x] as number);
      }
      itemValid[o * I + j] = n;
      itemPositive[o * I + j] = yes;
    });
  }
  return { itemValid, itemPositive };
}

/** `checkMatrix`, then `scoreMatrix`. */
export function scoreAnswers(plan: ScoringPlan, matrix: AnswerMatrix): ScoringResult<MatrixScores> {
  const checked = checkMatrix(plan, matrix);
  if (!checked.ok) return checked;
  return { ok: true, value: scoreMatrix(plan, matrix) };
}
