// An independent, deliberately plain implementation of the scoring rules (docs/architecture.md, "Scoring rules") written straight from the text,
// object by object, with no typed arrays, no tables and no shared code with src/. The golden and
// property tests compare the package against it.
import type { CompiledInstrument, NormalizedItem } from "@maturo/model";

export type RefAnswer = number | "dk" | null | undefined;

export interface RefResponse {
  respondentId: string;
  organisationId: string;
  role: string;
  answers: Record<string, RefAnswer>;
}

function isAsked(item: NormalizedItem, response: RefResponse, items: NormalizedItem[]): boolean {
  if (!item.roles.some((role) => role === response.role)) return false;
  if (item.showIf === null) return true;
  const showIf = item.showIf;
  const controller = items.find((other) => other.id === showIf.item);
  if (controller === undefined) return false;
  if (!isAsked(controller, response, items)) return false;
  const answer = response.answers[controller.id];
  return typeof answer === "number" && showIf.in.includes(answer);
}

function answerScore(item: NormalizedItem, x: number): number {
  const k = item.points;
  if (item.reverse) return ((k - x) / (k - 1)) * 100;
  return ((x - 1) / (k - 1)) * 100;
}

function isValid(item: NormalizedItem, answer: RefAnswer): answer is number {
  return typeof answer === "number" && Number.isInteger(answer) && answer >= 1 && answer <= item.points;
}

function average(values: number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total / values.length;
}

/** A respondent's score per node: a number, "missing" or "n/a". */
export function referenceRespondent(
  compiled: CompiledInstrument,
  response: RefResponse,
): Record<string, number | "missing" | "n/a"> {
  const items = [...compiled.items];
  const result: Record<string, number | "missing" | "n/a"> = {};
  for (const node of compiled.nodes) {
    if (node.kind !== "category") continue;
    const mine = items.filter((item) => item.node === node.id);
    const applicable = mine.filter((item) => isAsked(item, response, items));
    if (applicable.length === 0) {
      result[node.id] = "n/a";
      continue;
    }
    const scores: number[] = [];
    for (const item of applicable) {
      const answer = response.answers[item.id];
      if (isValid(item, answer)) scores.push(answerScore(item, answer));
    }
    if (scores.length > 0 && scores.length >= compiled.rules.minValidItemShare * applicable.length) {
      result[node.id] = average(scores);
    } else {
      result[node.id] = "missing";
    }
  }
  for (const node of compiled.nodes) {
    if (node.kind !== "dimension") continue;
    const children = compiled.nodes.filter((child) => child.parent === node.id && child.kind === "category");
    const applicable = children.filter((child) => result[child.id] !== "n/a");
    if (applicable.length === 0) {
      result[node.id] = "n/a";
      continue;
    }
    const present: number[] = [];
    for (const child of applicable) {
      const value = result[child.id];
      if (typeof value === "number") present.push(value);
    }
    if (present.length > 0 && present.length >= compiled.rules.minCategoryShare * applicable.length) {
      result[node.id] = average(present);
    } else {
      result[node.id] = "missing";
    }
  }
  return result;
}

export interface RefSummary {
  mean: number | null;
  sd: number | null;
  n: number;
}

/** Mean, sample SD (two-pass) and n; balanced = mean of the management and staff means. */
export function referenceSummary(
  rows: { role: string; score: number }[],
  weighting: "equal" | "balanced",
): RefSummary {
  const values = rows.map((row) => row.score);
  const n = values.length;
  if (n === 0) return { mean: null, sd: null, n: 0 };
  const mean = average(values);
  let squares = 0;
  for (const v of values) squares += (v - mean) * (v - mean);
  const sd = n > 1 ? Math.sqrt(squares / (n - 1)) : null;
  if (weighting === "equal") return { mean, sd, n };
  const management = rows.filter((row) => row.role === "director" || row.role === "manager");
  const staff = rows.filter((row) => row.role === "staff");
  const groupMeans: number[] = [];
  if (management.length > 0) groupMeans.push(average(management.map((row) => row.score)));
  if (staff.length > 0) groupMeans.push(average(staff.map((row) => row.score)));
  return { mean: average(groupMeans), sd, n };
}

/** % positive of an item over responses: valid answers on a positive point (mirrored when reverse). */
export function referencePercentPositive(
  compiled: CompiledInstrument,
  itemId: string,
  responses: RefResponse[],
): { n: number; percentPositive: number | null } {
  const items = [...compiled.items];
  const item = items.find((candidate) => candidate.id === itemId);
  if (item === undefined) throw new Error(`no item ${itemId}`);
  let n = 0;
  let positive = 0;
  for (const response of responses) {
    if (!isAsked(item, response, items)) continue;
    const answer = response.answers[item.id];
    if (!isValid(item, answer)) continue;
    n++;
    const counted = item.reverse ? item.points + 1 - answer : answer;
    if (item.positive.includes(counted)) positive++;
  }
  return { n, percentPositive: n === 0 ? null : (positive / n) * 100 };
}
