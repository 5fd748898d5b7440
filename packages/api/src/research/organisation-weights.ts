import { marginTotals, type RakeMargin, rake } from "@maturo/stats";
import { AppError } from "../errors.js";
import type { Db } from "../shared/db.js";
import type { Respondent } from "./analysis-level.js";
import { populationStrata } from "./queries.js";

/** The margins raking matches: the population's organisations per province and per size class. */
const RAKE_VARIABLES = ["province", "size_class"] as const;

/** Non-response weights of the responding organisations and how raking went. */
export interface OrganisationWeights {
  weights: Map<number, number>;
  /** The population's counts per level of each margin variable. */
  margins: RakeMargin[];
  organisations: number;
  iterations: number;
  converged: boolean;
}

/**
 * Rakes the responding organisations (unit starting weights) to the wave population's province and
 * size-class margins, converged to 1e-12 as R's `survey::rake(…, control = list(maxit = 100,
 * epsilon = 1e-12))` (docs/decisions.md, "Research methods in the console").
 */
export async function organisationWeights(
  db: Db,
  campaignId: number,
  respondents: readonly Respondent[],
): Promise<OrganisationWeights> {
  const population = await populationStrata(db, campaignId);
  if (population.length === 0) throw new AppError("research.no-population");
  const margins = marginTotals(
    {
      province: population.map((o) => o.province),
      size_class: population.map((o) => o.sizeClass),
    },
    RAKE_VARIABLES,
  );
  if (!margins.ok) throw new AppError("research.rake-failed", { detail: margins.error.message });
  const organisations = [...new Map(respondents.map((r) => [r.organisationId, r])).values()];
  const raked = rake(
    {
      province: organisations.map((o) => o.province),
      size_class: organisations.map((o) => o.sizeClass),
    },
    { margins: margins.value, maxIterations: 100, epsilon: 1e-12 },
  );
  if (!raked.ok) throw new AppError("research.rake-failed", { detail: raked.error.message });
  return {
    weights: new Map(organisations.map((o, i) => [o.organisationId, raked.value.weights[i] as number])),
    margins: margins.value,
    organisations: organisations.length,
    iterations: raked.value.iterations,
    converged: raked.value.converged,
  };
}
