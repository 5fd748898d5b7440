import { ROLES } from "@maturo/model";
import { ANSWER_NOT_ASKED } from "./answer-codes.js";
import type { ScoringError, ScoringResult } from "./scoring-error.js";
import type { PlanTables, ScoringPlan } from "./scoring-plan.js";

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
 * `plan.nodes` order); organisation statistics are count, mean and sum of squared deviations per
 * organisation × node × role, and answer tallies per organisation × item × point.
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
  /** Sum of squared deviations from the mean. */
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

/** Respondents per block: the answer loop runs over a block, then the scores of the block. */
const BLOCK = 256;

/** What both halves of a block read and write; built once per `scoreMatrix` call. */
interface Pass {
  readonly tables: PlanTables;
  readonly answers: Uint8Array;
  readonly roles: Uint8Array;
  readonly organisations: Uint32Array | undefined;
  readonly items: number;
  readonly nodes: number;
  /** Packed sum of cell values per respondent of the block × category. */
  readonly sums: Float64Array;
  /** 1 where a showIf item was shown to the respondent (controllers are read before their items). */
  readonly shown: Uint8Array;
  readonly tally: Float64Array;
  readonly pending: Int32Array;
  readonly slots: Int32Array;
  readonly answerCounts: Uint32Array;
  /**
   * Three numbers per role × category: the category's node, its dimension (the dimension count for
   * none), and its applicable items, showIf items included (a hidden one counts as not asked).
   */
  readonly categories: Int32Array;
  /**
   * Per respondent, three numbers per dimension (and one more for categories outside any): the
   * categories applicable, those with a score, and the sum of their scores.
   */
  readonly dimensions: Float64Array;
  readonly minItemShare: number;
  readonly minCategoryShare: number;
  readonly scores: Float64Array;
  readonly status: Uint8Array;
  readonly moments: Float64Array;
}

/**
 * Score every respondent in one pass over the answer matrix (docs/architecture.md, "Scoring
 * rules"): item scores from the plan's tables, category scores under the half-valid rule, dimension
 * scores under the half-present rule, and — in the same pass — the organisation accumulators and the
 * % positive tallies. The matrix must pass `checkMatrix`; `scoreAnswers` does both.
 *
 * Block by block (BLOCK respondents), the answer loop (`sumAnswers`) runs category by category over
 * the items each role is asked, with no branch per answer and two table reads per answer: the
 * cell's value (score units + valid or not-asked count, summed exactly; see `PlanTables`) and its
 * tally weight, added to the organisation's packed count of the item — one double per
 * organisation × item, so the tallies stay in cache whatever the order of the respondents. Then
 * `scoreBlock` turns the block's sums into category and dimension scores and organisation sums.
 * Two small loops instead of one large one let the compiler keep each loop's values in registers.
 */
export function scoreMatrix(plan: ScoringPlan, matrix: AnswerMatrix): MatrixScores {
  const { tables } = plan;
  const { roleMask, itemCategory, roleApplicable, showIfItems, categoryNodes } = tables;
  const { dimensionNodes, dimensionChildStart, dimensionChildren } = tables;
  const R = matrix.respondents;
  const I = plan.items.length;
  const N = plan.nodes.length;
  const C = categoryNodes.length;
  const D = dimensionNodes.length;
  const O = matrix.organisations === undefined ? 1 : (matrix.organisationCount ?? 1);

  const categoryDimension = new Int32Array(C).fill(D);
  for (let d = 0; d < D; d++) {
    for (let e = dimensionChildStart[d] as number; e < (dimensionChildStart[d + 1] as number); e++) {
      categoryDimension[categoryNodes.indexOf(dimensionChildren[e] as number)] = d;
    }
  }
  const categories = new Int32Array(ROLE_COUNT * C * 3);
  for (let role = 0; role < ROLE_COUNT; role++) {
    for (let c = 0; c < C; c++) {
      const node = categoryNodes[c] as number;
      categories[(role * C + c) * 3] = node;
      categories[(role * C + c) * 3 + 1] = categoryDimension[c] as number;
      categories[(role * C + c) * 3 + 2] = roleApplicable[role * N + node] as number;
    }
    for (const j of showIfItems) {
      const at = (role * C + (itemCategory[j] as number)) * 3 + 2;
      categories[at] = (categories[at] as number) + (((roleMask[j] as number) >>> role) & 1);
    }
  }

  const pass: Pass = {
    tables,
    answers: matrix.answers,
    roles: matrix.roles,
    organisations: matrix.organisations,
    items: I,
    nodes: N,
    sums: new Float64Array(BLOCK * C),
    shown: new Uint8Array(I),
    // Packed answer counts per organisation × item, and respondents added since the last flush.
    tally: new Float64Array(O * I),
    pending: new Int32Array(O),
    slots: Int32Array.from(plan.items, (item) => item.points + 1),
    answerCounts: new Uint32Array(O * I * CODE_SLOTS),
    categories,
    dimensions: new Float64Array((D + 1) * 3),
    minItemShare: plan.rules.minValidItemShare,
    minCategoryShare: plan.rules.minCategoryShare,
    scores: new Float64Array(R * N),
    status: new Uint8Array(R * N),
    // Per organisation × role × node, at ((organisation × ROLE_COUNT + role) × N + node) × 4: the
    // number of scores, the first score (the shift), and the sums of the scores' differences from
    // the shift and of their squares (see `addScore`).
    moments: new Float64Array(O * ROLE_COUNT * N * 4),
  };
  for (let from = 0; from < R; from += BLOCK) {
    const to = Math.min(R, from + BLOCK);
    sumAnswers(pass, from, to);
    scoreBlock(pass, from, to);
  }
  const { tally, answerCounts, slots, moments } = pass;
  for (let o = 0; o < O; o++) flushTally(tally, answerCounts, o, slots, tables.tallyBits);

  const groupCount = new Float64Array(O * N * ROLE_COUNT);
  const groupMean = new Float64Array(O * N * ROLE_COUNT);
  const groupM2 = new Float64Array(O * N * ROLE_COUNT);
  for (let o = 0; o < O; o++) {
    for (let role = 0; role < ROLE_COUNT; role++) {
      for (let node = 0; node < N; node++) {
        const from = ((o * ROLE_COUNT + role) * N + node) * 4;
        const to = (o * N + node) * ROLE_COUNT + role;
        const n = moments[from] as number;
        if (n === 0) continue;
        const shifted = moments[from + 2] as number;
        groupCount[to] = n;
        groupMean[to] = (moments[from + 1] as number) + shifted / n;
        groupM2[to] = Math.max(0, (moments[from + 3] as number) - (shifted * shifted) / n);
      }
    }
  }

  const { itemValid, itemPositive } = tallyItems(plan, answerCounts, O);
  return {
    respondents: R,
    nodeCount: N,
    itemCount: I,
    organisationCount: O,
    scores: pass.scores,
    status: pass.status,
    groupCount,
    groupMean,
    groupM2,
    answerCounts,
    itemValid,
    itemPositive,
  };
}

/**
 * The answer loop over respondents `from`..`to`: per respondent × category, the packed sum of its
 * cells into `pass.sums`; per answer, its weight into the organisation's tally.
 */
function sumAnswers(pass: Pass, from: number, to: number): void {
  const { cells, roleCategoryStart, roleCategoryItems, categoryNodes } = pass.tables;
  const { showIfItems, showIfItem, showIfMask, roleMask, itemCategory, notAskedUnit } = pass.tables;
  const { tallyLimit, tallyBits } = pass.tables;
  const { answers, roles, organisations, sums, shown, tally, pending, slots, answerCounts } = pass;
  const I = pass.items;
  const C = categoryNodes.length;
  const conditional = showIfItems.length;
  for (let r = from; r < to; r++) {
    const role = roles[r] as number;
    const base = r * I;
    const organisation = organisations === undefined ? 0 : (organisations[r] as number);
    const counts = organisation * I;
    const out = (r - from) * C;

    // The items this role is asked (without a showIf), category by category, two at a time into
    // two sums (exact integers, so the order of the additions does not matter). Fewer trips round
    // the loop: the compiler checks the arrays again after every one.
    let k = roleCategoryStart[role * C] as number;
    for (let c = 0; c < C; c++) {
      const end = roleCategoryStart[role * C + c + 1] as number;
      let even = 0;
      let odd = 0;
      for (; k + 1 < end; k += 2) {
        const j = roleCategoryItems[k] as number;
        const cell = ((j << 8) | (answers[base + j] as number)) << 1;
        even += cells[cell] as number;
        tally[counts + j] = (tally[counts + j] as number) + (cells[cell + 1] as number);
        const i = roleCategoryItems[k + 1] as number;
        const next = ((i << 8) | (answers[base + i] as number)) << 1;
        odd += cells[next] as number;
        tally[counts + i] = (tally[counts + i] as number) + (cells[next + 1] as number);
      }
      if (k < end) {
        const j = roleCategoryItems[k] as number;
        const cell = ((j << 8) | (answers[base + j] as number)) << 1;
        even += cells[cell] as number;
        tally[counts + j] = (tally[counts + j] as number) + (cells[cell + 1] as number);
        k++;
      }
      sums[out + c] = even + odd;
    }

    // Items with a showIf, controllers first (plan order). Whether one is shown is computed as 0 or
    // 1 without branching on the answers (they are as good as random to the branch predictor).
    for (let q = 0; q < conditional; q++) {
      const j = showIfItems[q] as number;
      const code = answers[base + j] as number;
      const controller = showIfItem[j] as number;
      const shownBy = answers[base + controller] as number;
      const controllerShown =
        (showIfItem[controller] as number) >= 0
          ? (shown[controller] as number)
          : ((roleMask[controller] as number) >>> role) & cellAsked(shownBy);
      // Bit `shownBy` of the mask, for a point below 32 (the shift would wrap above).
      const chosen = ((showIfMask[j] as number) >>> shownBy) & ((shownBy - 32) >>> 31);
      const show = ((roleMask[j] as number) >>> role) & cellAsked(code) & controllerShown & chosen;
      shown[j] = show;
      const at = out + (itemCategory[j] as number);
      const cell = ((j << 8) | code) << 1;
      // Shown: the cell's value; asked of the role but hidden: one more not-asked item.
      const hidden = (((roleMask[j] as number) >>> role) & 1) - show;
      sums[at] = (sums[at] as number) + (cells[cell] as number) * show + notAskedUnit * hidden;
      tally[counts + j] = (tally[counts + j] as number) + (cells[cell + 1] as number) * show;
    }

    // A respondent adds at most 1 to each count slot: flush before a slot could overflow.
    const waiting = (pending[organisation] as number) + 1;
    if (waiting === tallyLimit) {
      flushTally(tally, answerCounts, organisation, slots, tallyBits);
      pending[organisation] = 0;
    } else {
      pending[organisation] = waiting;
    }
  }
}

/**
 * Scores of respondents `from`..`to` from their sums: categories under the half-valid rule,
 * dimensions under the half-present rule, and each score into its organisation × role × node sums.
 */
function scoreBlock(pass: Pass, from: number, to: number): void {
  const { categoryNodes, dimensionNodes, validUnit, notAskedUnit, scoreUnits } = pass.tables;
  const { roles, organisations, sums, categories, dimensions, scores, status, moments } = pass;
  const { minItemShare, minCategoryShare } = pass;
  const N = pass.nodes;
  const C = categoryNodes.length;
  const D = dimensionNodes.length;
  // Powers of two: multiplying by the reciprocal is exact, and cheaper than dividing.
  const perValid = 1 / validUnit;
  const perNotAsked = 1 / notAskedUnit;
  for (let r = from; r < to; r++) {
    const role = roles[r] as number;
    const organisation = organisations === undefined ? 0 : (organisations[r] as number);
    const out = r * N;
    const accumulators = (organisation * ROLE_COUNT + role) * N;
    const block = (r - from) * C;
    for (let d = 0; d < D * 3; d++) dimensions[d] = 0;
    for (let c = 0; c < C; c++) {
      const info = (role * C + c) * 3;
      const node = categories[info] as number;
      const d = (categories[info + 1] as number) * 3;
      // Unpack: not-asked items, valid answers, score units (all exact integers).
      const packed = sums[block + c] as number;
      const notAsked = Math.floor(packed * perNotAsked);
      const rest = packed - notAsked * notAskedUnit;
      const got = Math.floor(rest * perValid);
      const asked = (categories[info + 2] as number) - notAsked;
      if (asked === 0) {
        scores[out + node] = Number.NaN;
        status[out + node] = SCORE_NOT_APPLICABLE;
        continue;
      }
      dimensions[d] = (dimensions[d] as number) + 1;
      if (got > 0 && got >= minItemShare * asked) {
        // Both products are exact, so the one division rounds the exact mean once.
        const x = ((rest - got * validUnit) * 100) / (scoreUnits * got);
        scores[out + node] = x;
        dimensions[d + 1] = (dimensions[d + 1] as number) + 1;
        dimensions[d + 2] = (dimensions[d + 2] as number) + x;
        addScore(moments, (accumulators + node) * 4, x);
      } else {
        scores[out + node] = Number.NaN;
        status[out + node] = SCORE_MISSING;
      }
    }
    for (let d = 0; d < D; d++) {
      const node = dimensionNodes[d] as number;
      const asked = dimensions[d * 3] as number;
      const got = dimensions[d * 3 + 1] as number;
      if (asked === 0) {
        scores[out + node] = Number.NaN;
        status[out + node] = SCORE_NOT_APPLICABLE;
      } else if (got > 0 && got >= minCategoryShare * asked) {
        const x = (dimensions[d * 3 + 2] as number) / got;
        scores[out + node] = x;
        addScore(moments, (accumulators + node) * 4, x);
      } else {
        scores[out + node] = Number.NaN;
        status[out + node] = SCORE_MISSING;
      }
    }
  }
}

/** 1 for a cell code (0..255) other than ANSWER_NOT_ASKED, the largest, else 0. */
function cellAsked(code: number): number {
  return (code - ANSWER_NOT_ASKED) >>> 31;
}

/**
 * Add score x to the accumulators at `at`: count, shift, Σ(x − shift) and Σ(x − shift)², the shift
 * being the group's first score. Then mean = shift + Σd / n and m2 = Σd² − (Σd)² / n: no division
 * per score, exact when all scores are equal, and — scores lying within 0–100 and the shift being
 * one of them — as accurate as a running (Welford) update.
 */
function addScore(moments: Float64Array, at: number, x: number): void {
  const n = moments[at] as number;
  if (n === 0) moments[at + 1] = x;
  const d = x - (moments[at + 1] as number);
  moments[at] = n + 1;
  moments[at + 2] = (moments[at + 2] as number) + d;
  moments[at + 3] = (moments[at + 3] as number) + d * d;
}

/** Move an organisation's packed answer counts into `answerCounts` and clear them. */
function flushTally(
  tally: Float64Array,
  answerCounts: Uint32Array,
  organisation: number,
  slots: Int32Array,
  tallyBits: number,
): void {
  const I = slots.length;
  const unit = 2 ** tallyBits;
  const perUnit = 1 / unit;
  for (let j = organisation * I, last = j + I; j < last; j++) {
    let rest = tally[j] as number;
    tally[j] = 0;
    const at = j * CODE_SLOTS;
    const end = at + (slots[j - organisation * I] as number);
    // Exact: every value is an integer below 2^53, and scaling by a power of two is exact.
    for (let slot = at; slot < end && rest > 0; slot++) {
      const higher = Math.floor(rest * perUnit);
      answerCounts[slot] = (answerCounts[slot] as number) + (rest - higher * unit);
      rest = higher;
    }
  }
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
