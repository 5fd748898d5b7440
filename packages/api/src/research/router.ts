import { z } from "zod";
import { audited } from "../procedures/audited.js";
import { researchCampaignProcedure } from "../procedures/research-campaign.js";
import { researcherProcedure, router } from "../trpc.js";
import { ANALYSIS_LEVELS, CONTROL_FACTORS } from "./analysis-level.js";
import { descriptives } from "./descriptives.js";
import { importPopulation } from "./import-population.js";
import { filteredPopulation } from "./population-filter.js";
import { regression } from "./regression.js";
import { reliability } from "./reliability.js";
import { responseRates } from "./response-rates.js";

/** Each view of research data is written to the audit log (docs/architecture.md, "Privacy"). */
const viewed = <Input extends { campaignId: number }>(
  view: string,
  more?: (input: Input) => Record<string, unknown>,
) =>
  audited("research.view", (input: Input) => ({
    campaignId: input.campaignId,
    detail: { view, ...more?.(input) },
  }));

export const researchRouter = router({
  /** Invited / started / submitted per role, per province and size class; organisations covered. */
  responseRates: researchCampaignProcedure.query(({ ctx: { db, campaign } }) => responseRates(db, campaign)),

  /** % positive per item over the whole campaign with its strengths and challenges; node score descriptives. */
  descriptives: researchCampaignProcedure.use(viewed("descriptives")).query(({ ctx }) => descriptives(ctx)),

  /** Cronbach's alpha of every scale (category or context node with at least two items). */
  reliability: researchCampaignProcedure
    .input(z.object({ missing: z.enum(["listwise", "pairwise"]).default("listwise") }))
    .use(viewed("reliability"))
    .query(({ ctx, input }) => reliability(ctx, input.missing)),

  /**
   * OLS models on stored scores side by side in the seed's table layout: at respondent level (errors
   * clustered by organisation by default), organisation level or directors only; unweighted or raked
   * to the population; province and size class as controls. Labels, notes and decimal mark in
   * `locale` (the CSV rendering keeps decimal points).
   */
  regression: researchCampaignProcedure
    .input(
      z.object({
        dependents: z.array(z.string().min(1)).min(1).max(6),
        predictors: z.array(z.string().min(1)).min(1).max(30),
        standardized: z.boolean().default(false),
        robust: z.enum(["hc1", "hc3"]).optional(),
        level: z.enum(ANALYSIS_LEVELS).default("respondent"),
        cluster: z.enum(["none", "cr1", "cr2"]).optional(),
        weights: z.enum(["none", "raked"]).default("none"),
        controls: z.array(z.enum(CONTROL_FACTORS)).max(CONTROL_FACTORS.length).default([]),
        locale: z.enum(["nl", "en"]).default("en"),
      }),
    )
    .use(
      viewed(
        "regression",
        (input: { campaignId: number; dependents: string[]; level: string; weights: string }) => ({
          dependents: input.dependents,
          level: input.level,
          weights: input.weights,
        }),
      ),
    )
    .query(({ ctx, input }) => regression(ctx, input)),

  /** The organisations a province / size class / kind filter selects, for a wave over part of the population. */
  population: researcherProcedure
    .input(
      z.object({
        provinces: z.array(z.string().min(1).max(100)).max(50).default([]),
        sizeClasses: z.array(z.string().min(1).max(100)).max(50).default([]),
        kinds: z.array(z.string().min(1).max(100)).max(50).default([]),
      }),
    )
    .query(({ ctx, input }) => filteredPopulation(ctx.db, input)),

  /** Imports organisations from CSV (code,name,kind,province,size_class); a report line per row. */
  importPopulation: researcherProcedure
    .input(z.object({ csv: z.string().min(1).max(5_000_000), apply: z.boolean().default(false) }))
    .use(
      audited(
        "population.import",
        (_input: unknown, output: { applied: boolean; created: number; updated: number }) =>
          output.applied && output.created + output.updated > 0
            ? { detail: { created: output.created, updated: output.updated } }
            : null,
      ),
    )
    .mutation(({ ctx, input }) => importPopulation(ctx, input)),
});
