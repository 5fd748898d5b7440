import { checkColumns, type DataColumns } from "./data-columns.js";
import { factorLevels } from "./factor-levels.js";
import { fail, ok, type StatsResult } from "./stats-error.js";

/** A categorical predictor as R's default treatment contrasts code it. */
export interface TreatmentCoding {
  readonly variable: string;
  /** The first level in R's order (see `factorLevels`): the baseline the other levels compare with. */
  readonly reference: string;
  readonly levels: readonly string[];
  /** One dummy per level but the reference, named as R names it: variable + level (`provinceLimburg`). */
  readonly terms: readonly string[];
  /** 1 where the row has that level, 0 elsewhere, NaN where the factor is missing. */
  readonly columns: readonly Float64Array[];
}

/** Treatment (dummy) coding of one column, as `lm(y ~ factor)` builds its design. */
export function treatmentCoding(data: DataColumns, variable: string): StatsResult<TreatmentCoding> {
  const known = checkColumns(data, [variable]);
  if (!known.ok) return known;
  const { levels, codes } = factorLevels(data[variable] as DataColumns[string]);
  if (levels.length < 2) {
    return fail({
      code: "INVALID_ARGUMENT",
      message: `factor "${variable}" needs at least two levels, it has ${levels.length}`,
      column: variable,
    });
  }
  const columns = levels
    .slice(1)
    .map((_, l) => Float64Array.from(codes, (code) => (code < 0 ? Number.NaN : code === l + 1 ? 1 : 0)));
  return ok({
    variable,
    reference: levels[0] as string,
    levels,
    terms: levels.slice(1).map((level) => `${variable}${level}`),
    columns,
  });
}

/**
 * The data with every factor's dummy columns added, and the term names to use as predictors in
 * place of the factors (in the order given). A dummy name that is already a column is an error.
 */
export function withTreatmentCoding(
  data: DataColumns,
  factors: readonly string[],
): StatsResult<{
  readonly data: DataColumns;
  readonly terms: readonly string[];
  readonly codings: readonly TreatmentCoding[];
}> {
  const added: Record<string, Float64Array> = {};
  const codings: TreatmentCoding[] = [];
  for (const factor of factors) {
    const coding = treatmentCoding(data, factor);
    if (!coding.ok) return coding;
    for (const [l, term] of coding.value.terms.entries()) {
      if (Object.hasOwn(data, term) || Object.hasOwn(added, term)) {
        return fail({
          code: "INVALID_ARGUMENT",
          message: `the dummy for level "${coding.value.levels[l + 1]}" of "${factor}" would be named "${term}", which is already a column`,
          column: term,
        });
      }
      added[term] = coding.value.columns[l] as Float64Array;
    }
    codings.push(coding.value);
  }
  return ok({ data: { ...data, ...added }, terms: codings.flatMap((c) => c.terms), codings });
}
