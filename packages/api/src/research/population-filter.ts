import type { Db } from "../shared/db.js";

/** Which organisations a new wave takes: every value listed per field must match (an empty list takes all). */
export interface PopulationFilter {
  provinces: string[];
  sizeClasses: string[];
  kinds: string[];
}

/** The organisations a filter selects, and the values a filter can choose from. */
export interface FilteredPopulation {
  organisationIds: number[];
  choices: { provinces: string[]; sizeClasses: string[]; kinds: string[] };
}

/**
 * The organisations of a population filtered by province, size class and kind, so a researcher can
 * start a wave over part of the population (the ids go to `campaigns.createWave`).
 */
export async function filteredPopulation(db: Db, filter: PopulationFilter): Promise<FilteredPopulation> {
  const all = await db
    .selectFrom("organisations")
    .select(["id", "province", "size_class as sizeClass", "kind"])
    .orderBy("id")
    .execute();
  const distinct = (values: (string | null)[]): string[] =>
    [...new Set(values.filter((v): v is string => v !== null && v !== ""))].sort();
  const takes = (chosen: string[], value: string | null): boolean =>
    chosen.length === 0 || (value !== null && chosen.includes(value));
  return {
    organisationIds: all
      .filter(
        (o) =>
          takes(filter.provinces, o.province) &&
          takes(filter.sizeClasses, o.sizeClass) &&
          takes(filter.kinds, o.kind),
      )
      .map((o) => o.id),
    choices: {
      provinces: distinct(all.map((o) => o.province)),
      sizeClasses: distinct(all.map((o) => o.sizeClass)),
      kinds: distinct(all.map((o) => o.kind)),
    },
  };
}
