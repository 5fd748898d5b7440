import {
  type CompiledInstrument,
  type NodeId,
  type NormalizedItem,
  type Profile,
  ROLES,
  type Role,
  type ScoringRules,
} from "@maturo/model";
import { ANSWER_NOT_ASKED, roleCode } from "./answer-codes.js";
import { isPositiveAnswer } from "./item-score.js";
import type { ScoringError, ScoringResult } from "./scoring-error.js";

/** A node that gets a score: a dimension (mean of its categories) or a category (mean of its items). */
export interface ScoredNode {
  readonly id: NodeId;
  readonly parent: NodeId | null;
  readonly kind: "dimension" | "category";
  /** For a dimension: indices (into `plan.nodes`) of its categories. Empty for a category. */
  readonly children: readonly number[];
  /** Items scoring into this node directly (categories only). */
  readonly itemCount: number;
}

/**
 * Lookup tables the one-pass scorer reads; built once per plan. Per item × cell code (index
 * item × 256 + code) where noted.
 *
 * Item scores are kept as exact integers: in units of 100 / `scoreUnits`, `scoreUnits` being the
 * least common multiple of the plan's k − 1, a k-point answer x scores (x − 1) × scoreUnits / (k − 1)
 * units (reverse-coded: k − x). A category's units, valid answers and not-asked cells then add up in
 * one double without rounding, whatever the order of the items, and its score is the correctly
 * rounded mean: units × 100 / (scoreUnits × valid).
 */
export interface PlanTables {
  /**
   * Two doubles per item × code, at (item × 256 + code) × 2. First the cell's value: the item score
   * in units plus `validUnit` for a valid answer (a point of the item's scale), `notAskedUnit` for
   * ANSWER_NOT_ASKED, 0 for any other code. Then its tally weight (see `tallyBits`).
   */
  readonly cells: Float64Array;
  readonly scoreUnits: number;
  /** Powers of two above the largest sum of units (and of valid answers) a category can reach. */
  readonly validUnit: number;
  readonly notAskedUnit: number;
  /**
   * Items asked of role r that have no showIf, grouped by category (in `categoryNodes` order) and in
   * plan order within a category: those of category c are
   * `roleCategoryItems[roleCategoryStart[r × C + c] .. roleCategoryStart[r × C + c + 1])`, C being
   * the number of categories.
   */
  readonly roleCategoryStart: Int32Array;
  readonly roleCategoryItems: Int32Array;
  /** Per role × node: how many of those items score into the node. */
  readonly roleApplicable: Int32Array;
  /** Items with a showIf, in plan order (controllers first). */
  readonly showIfItems: Int32Array;
  /** 1 where the code is a valid answer counted as positive (reverse-coding applied). */
  readonly positive: Uint8Array;
  /** Bit r set when role code r is asked the item. */
  readonly roleMask: Uint8Array;
  /** Column of the item whose answer decides whether this one is shown, or −1. */
  readonly showIfItem: Int32Array;
  /** Bit x set when answer x of the `showIfItem` shows this item. */
  readonly showIfMask: Uint32Array;
  /** Node index of each item's category. */
  readonly itemNode: Int32Array;
  /** Position of each item's category in `categoryNodes`. */
  readonly itemCategory: Int32Array;
  /**
   * Answer tallies while scoring: one double per organisation × item holding a count per slot
   * (slot x for a valid point x, slot 0 for any other code), `tallyBits` bits a slot, so that the
   * counts of up to `tallyLimit` respondents add up exactly. A cell's weight is 2^(tallyBits × slot).
   */
  readonly tallyBits: number;
  readonly tallyLimit: number;
  /** Node indices of the categories, then of the dimensions. */
  readonly categoryNodes: Int32Array;
  readonly dimensionNodes: Int32Array;
  /** Children of dimension d: `dimensionChildren[dimensionChildStart[d] .. dimensionChildStart[d + 1])`. */
  readonly dimensionChildStart: Int32Array;
  readonly dimensionChildren: Int32Array;
}

/**
 * Everything scoring needs from a compiled instrument, with the items in column order: the order of
 * the answer matrix (questionnaire order, except that an item always comes after the item its
 * `showIf` depends on).
 */
export interface ScoringPlan {
  readonly items: readonly NormalizedItem[];
  readonly itemIndex: ReadonlyMap<string, number>;
  /**
   * The scored nodes in framework order: every dimension, every category of a dimension, and every
   * other category (the context scales) that has items.
   */
  readonly nodes: readonly ScoredNode[];
  readonly nodeIndex: ReadonlyMap<NodeId, number>;
  readonly rules: ScoringRules;
  readonly axes: { readonly capability: NodeId; readonly legacy: NodeId };
  readonly thresholds: { readonly capability: number; readonly legacy: number };
  readonly profiles: readonly Profile[];
  readonly tables: PlanTables;
}

/** The most points a scale may have here (the model allows 11); each point has a count slot. */
const MAX_POINTS = 15;

function orderItems(items: readonly NormalizedItem[], errors: ScoringError[]): NormalizedItem[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const state = new Map<string, "visiting" | "done">();
  const ordered: NormalizedItem[] = [];
  const visit = (item: NormalizedItem): void => {
    const seen = state.get(item.id);
    if (seen === "done") return;
    if (seen === "visiting") {
      errors.push({
        code: "invalid-plan",
        message: `item "${item.id}": its showIf conditions form a cycle`,
        itemId: item.id,
      });
      return;
    }
    state.set(item.id, "visiting");
    if (item.showIf !== null) {
      const controller = byId.get(item.showIf.item);
      if (controller === undefined) {
        errors.push({
          code: "invalid-plan",
          message: `item "${item.id}": showIf refers to unknown item "${item.showIf.item}"`,
          itemId: item.id,
        });
      } else {
        visit(controller);
      }
    }
    state.set(item.id, "done");
    ordered.push(item);
  };
  for (const item of items) visit(item);
  return ordered;
}

function selectNodes(compiled: CompiledInstrument, errors: ScoringError[]): ScoredNode[] {
  const kinds = new Map(compiled.nodes.map((node) => [node.id, node.kind]));
  const itemCounts = new Map<string, number>();
  for (const item of compiled.items) {
    const kind = kinds.get(item.node);
    if (kind !== "category") {
      errors.push({
        code: "invalid-plan",
        message:
          kind === undefined
            ? `item "${item.id}": unknown framework node "${item.node}"`
            : `item "${item.id}": node "${item.node}" is a ${kind}; items score into categories`,
        itemId: item.id,
      });
      continue;
    }
    itemCounts.set(item.node, (itemCounts.get(item.node) ?? 0) + 1);
  }
  const kept = compiled.nodes.filter((node) => {
    if (node.kind === "dimension") return true;
    if (node.kind !== "category") return false;
    const parentKind = node.parent === null ? undefined : kinds.get(node.parent);
    return parentKind === "dimension" || (itemCounts.get(node.id) ?? 0) > 0;
  });
  const index = new Map(kept.map((node, i) => [node.id, i]));
  return kept.map((node) => ({
    id: node.id,
    parent: node.parent,
    kind: node.kind === "dimension" ? "dimension" : "category",
    children:
      node.kind === "dimension"
        ? kept
            .filter((child) => child.parent === node.id && child.kind === "category")
            .map((child) => index.get(child.id) ?? -1)
        : [],
    itemCount: itemCounts.get(node.id) ?? 0,
  }));
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Bits needed to hold 0..n. */
function bitsFor(n: number): number {
  return Math.ceil(Math.log2(n + 1));
}

function buildTables(
  items: readonly NormalizedItem[],
  nodes: readonly ScoredNode[],
  errors: ScoringError[],
): PlanTables {
  const count = items.length;
  const cells = new Float64Array(count * 256 * 2);
  const positive = new Uint8Array(count * 256);
  const roleMask = new Uint8Array(count);
  const showIfItem = new Int32Array(count).fill(-1);
  const showIfMask = new Uint32Array(count);
  const itemNode = new Int32Array(count);
  const nodeIndex = new Map(nodes.map((node, i) => [node.id, i]));
  const column = new Map(items.map((item, j) => [item.id, j]));
  items.forEach((item, j) => {
    itemNode[j] = nodeIndex.get(item.node) ?? -1;
  });

  // Score units and the fields of a category's sum: units, then valid answers, then not-asked cells.
  const scoreUnits = items.reduce((lcm, item) => (lcm * (item.points - 1)) / gcd(lcm, item.points - 1), 1);
  const perNode = new Int32Array(nodes.length);
  for (const node of itemNode) perNode[node] = (perNode[node] as number) + 1;
  const most = Math.max(1, ...perNode);
  const validUnit = 2 ** bitsFor(most * scoreUnits);
  const notAskedUnit = validUnit * 2 ** bitsFor(most);
  if (notAskedUnit * 2 ** bitsFor(most) > 2 ** 53) {
    errors.push({
      code: "invalid-plan",
      message: `a category has ${most} items; with these scales its sums would not be exact`,
    });
  }
  // Slots 0..k of the largest scale share one tally double of 53 exact bits.
  const tallyBits = Math.floor(53 / (Math.max(2, ...items.map((item) => item.points)) + 1));

  items.forEach((item, j) => {
    const k = item.points;
    for (let x = 1; x <= k; x++) {
      cells[(j * 256 + x) * 2] = ((item.reverse ? k - x : x - 1) * scoreUnits) / (k - 1) + validUnit;
      positive[j * 256 + x] = isPositiveAnswer(x, k, item.positive, item.reverse) ? 1 : 0;
    }
    cells[(j * 256 + ANSWER_NOT_ASKED) * 2] = notAskedUnit;
    for (let code = 0; code < 256; code++) {
      cells[(j * 256 + code) * 2 + 1] = code <= k ? 2 ** (tallyBits * code) : 1;
    }
    roleMask[j] = item.roles.reduce((mask, role: Role) => mask | (1 << roleCode(role)), 0);
    if (item.showIf !== null) {
      showIfItem[j] = column.get(item.showIf.item) ?? -1;
      showIfMask[j] = item.showIf.in.reduce(
        (mask, x) => (x >= 1 && x <= MAX_POINTS ? mask | (1 << x) : mask),
        0,
      );
    }
  });
  const categories: number[] = [];
  const dimensions: number[] = [];
  const starts: number[] = [0];
  const children: number[] = [];
  nodes.forEach((node, i) => {
    if (node.kind === "category") categories.push(i);
    else {
      dimensions.push(i);
      children.push(...node.children);
      starts.push(children.length);
    }
  });
  const categoryOf = new Map(categories.map((node, c) => [node, c]));
  const itemCategory = Int32Array.from(itemNode, (node) => categoryOf.get(node) ?? -1);
  const roleCategoryItems: number[] = [];
  const roleCategoryStart: number[] = [0];
  const roleApplicable = new Int32Array(ROLES.length * nodes.length);
  ROLES.forEach((role, r) => {
    categories.forEach((node, c) => {
      items.forEach((item, j) => {
        if (item.showIf !== null || !item.roles.includes(role) || itemCategory[j] !== c) return;
        roleCategoryItems.push(j);
        roleApplicable[r * nodes.length + node] = (roleApplicable[r * nodes.length + node] as number) + 1;
      });
      roleCategoryStart.push(roleCategoryItems.length);
    });
  });
  const showIfItems = items.flatMap((item, j) => (item.showIf === null ? [] : [j]));
  return {
    cells,
    scoreUnits,
    validUnit,
    notAskedUnit,
    roleCategoryStart: Int32Array.from(roleCategoryStart),
    roleCategoryItems: Int32Array.from(roleCategoryItems),
    roleApplicable,
    showIfItems: Int32Array.from(showIfItems),
    positive,
    roleMask,
    showIfItem,
    showIfMask,
    itemNode,
    itemCategory,
    tallyBits,
    tallyLimit: 2 ** tallyBits - 1,
    categoryNodes: Int32Array.from(categories),
    dimensionNodes: Int32Array.from(dimensions),
    dimensionChildStart: Int32Array.from(starts),
    dimensionChildren: Int32Array.from(children),
  };
}

/**
 * Prepare a compiled instrument (see `compileInstruments` in @maturo/model) for scoring. Fails, with
 * every problem listed, when an item scores into a node that is not a category, or a `showIf` refers
 * to an unknown item or forms a cycle.
 */
export function createScoringPlan(compiled: CompiledInstrument): ScoringResult<ScoringPlan> {
  const errors: ScoringError[] = [];
  const nodes = selectNodes(compiled, errors);
  const items = orderItems(compiled.items, errors);
  for (const item of items) {
    if (item.points < 2 || item.points > MAX_POINTS) {
      errors.push({
        code: "invalid-plan",
        message: `item "${item.id}": a scale needs 2 to ${MAX_POINTS} points, not ${item.points}`,
        itemId: item.id,
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const tables = buildTables(items, nodes, errors);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      items,
      itemIndex: new Map(items.map((item, j) => [item.id, j])),
      nodes,
      nodeIndex: new Map(nodes.map((node, i) => [node.id, i])),
      rules: compiled.rules,
      axes: compiled.axes,
      thresholds: compiled.thresholds,
      profiles: compiled.profiles,
      tables,
    },
  };
}
