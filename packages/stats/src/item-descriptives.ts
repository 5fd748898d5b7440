import type { Cell } from "./data-columns.js";
import { type DescriptivesOptions, describe, parseColumn } from "./descriptives.js";
import { fail, ok, type StatsResult } from "./stats-error.js";

export interface ItemDescriptivesOptions {
  /** The points of the item's scale in order, e.g. [1, 2, 3, 4, 5, 6]. */
  readonly points: readonly number[];
  /** Cells meaning "don't know" (default `["dk"]`): asked and answered, but not a point. */
  readonly dontKnow?: readonly (string | number)[];
  /** Points that count as positive (or a predicate), as in `describe`. */
  readonly positive?: DescriptivesOptions["positive"];
  /** Which rows were asked the item (default: all); a row not asked is neither valid nor missing. */
  readonly asked?: ArrayLike<boolean>;
}

export interface PointCount {
  readonly point: number;
  readonly count: number;
}

/** Everything an items page shows about one item. */
export interface ItemDescriptives {
  readonly nAsked: number;
  /** Answers on a point of the scale. */
  readonly nValid: number;
  readonly nDontKnow: number;
  /** Asked but not answered. */
  readonly nMissing: number;
  readonly mean: number | null;
  /** Sample SD (n − 1); null for fewer than two valid answers. */
  readonly sd: number | null;
  /** The middle valid answer, or the mean of the two middle ones (as R's `median`). */
  readonly median: number | null;
  /** Every point of the scale with its count, zeros included. */
  readonly counts: readonly PointCount[];
  /** Share (0–100) of the rows asked that answered "don't know"; null when nobody was asked. */
  readonly percentDontKnow: number | null;
  /** Share (0–100) of the valid answers counted positive; null without a rule or valid answers. */
  readonly percentPositive: number | null;
}

function isDontKnow(cell: Cell, codes: readonly (string | number)[]): boolean {
  if (cell === null || cell === undefined) return false;
  const text = typeof cell === "number" ? cell : cell.trim();
  return codes.some((code) => code === text || String(code) === String(text));
}

/** n asked, n valid, mean, SD, median, the count per point, % don't know and % positive of one item. */
export function itemDescriptives(
  cells: ArrayLike<Cell>,
  column: string,
  options: ItemDescriptivesOptions,
): StatsResult<ItemDescriptives> {
  const dontKnow = options.dontKnow ?? ["dk"];
  if (options.asked !== undefined && options.asked.length !== cells.length) {
    return fail({
      code: "LENGTH_MISMATCH",
      message: `"${column}": one "asked" flag is needed per row`,
      column,
    });
  }
  // Rows not asked and "don't know" answers become missing in place, so errors keep their row number.
  const answers: Cell[] = new Array<Cell>(cells.length).fill(null);
  let nAsked = 0;
  let nDontKnow = 0;
  for (let i = 0; i < cells.length; i++) {
    if (options.asked !== undefined && !options.asked[i]) continue;
    nAsked++;
    if (isDontKnow(cells[i], dontKnow)) nDontKnow++;
    else answers[i] = cells[i];
  }
  const described = describe(
    answers,
    column,
    options.positive === undefined ? {} : { positive: options.positive },
  );
  if (!described.ok) return described;
  const parsed = parseColumn(answers, column);
  if (!parsed.ok) return parsed;
  const values = parsed.value.values;
  const outside = values.find((v) => !options.points.includes(v));
  if (outside !== undefined) {
    return fail({
      code: "INVALID_ARGUMENT",
      message: `column "${column}": ${outside} is not a point of the scale (${options.points.join(", ")})`,
      column,
    });
  }
  values.sort((a, b) => a - b);
  const half = Math.floor(values.length / 2);
  const median =
    values.length === 0
      ? null
      : values.length % 2 === 1
        ? (values[half] as number)
        : ((values[half - 1] as number) + (values[half] as number)) / 2;
  const { n, mean, sd, percentPositive } = described.value;
  return ok({
    nAsked,
    nValid: n,
    nDontKnow,
    nMissing: nAsked - nDontKnow - n,
    mean,
    sd,
    median,
    counts: options.points.map((point) => ({ point, count: values.filter((v) => v === point).length })),
    percentDontKnow: nAsked > 0 ? (nDontKnow / nAsked) * 100 : null,
    percentPositive,
  });
}
