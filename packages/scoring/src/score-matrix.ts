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
  const { score, positive, roleMask, showIfItem, showIfMask, itemNode } = plan.tables;
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
  const itemValid = new Uint32Array(O * I);
  const itemPositive = new Uint32Array(O * I);

  const sum = new Float64Array(N);
  const valid = new Int32Array(N);
  const applicable = new Int32Array(N);
  const shown = new Uint8Array(I);
  const categories = categoryNodes.length;
  const dimensions = dimensionNodes.length;

  for (let r = 0; r < R; r++) {
    const role = roles[r] as number;
    const bit = 1 << role;
    const base = r * I;
    const organisation = organisations === undefined ? 0 : (organisations[r] as number);
    const tally = organisation * I;
    sum.fill(0);
    valid.fill(0);
    applicable.fill(0);

    for (let j = 0; j < I; j++) {
      shown[j] = 0;
      if (((roleMask[j] as number) & bit) === 0) continue;
      const code = answers[base + j] as number;
      if (code === ANSWER_NOT_ASKED) continue;
      const controller = showIfItem[j] as number;
      if (controller >= 0) {
        if (shown[controller] === 0) continue;
        const shownBy = answers[base + controller] as number;
        if (shownBy > 31 || (((showIfMask[j] as number) >>> shownBy) & 1) === 0) continue;
      }
      shown[j] = 1;
      const node = itemNode[j] as number;
      applicable[node] = (applicable[node] as number) + 1;
      const cell = (j << 8) | code;
      const value = score[cell] as number;
      if (!Number.isNaN(value)) {
        sum[node] = (sum[node] as number) + value;
        valid[node] = (valid[node] as number) + 1;
        itemValid[tally + j] = (itemValid[tally + j] as number) + 1;
        itemPositive[tally + j] = (itemPositive[tally + j] as number) + (positive[cell] as number);
      }
    }

    const out = r * N;
    for (let c = 0; c < categories; c++) {
      const node = categoryNodes[c] as number;
      const asked = applicable[node] as number;
      const got = valid[node] as number;
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
    itemValid,
    itemPositive,
  };
}

/** `checkMatrix`, then `scoreMatrix`. */
export function scoreAnswers(plan: ScoringPlan, matrix: AnswerMatrix): ScoringResult<MatrixScores> {
  const checked = checkMatrix(plan, matrix);
  if (!checked.ok) return checked;
  return { ok: true, value: scoreMatrix(plan, matrix) };
}
