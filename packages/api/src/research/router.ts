import { z } from "zod";
import { audited } from "../procedures/audited.js";
import { researchCampaignProcedure } from "../procedures/research-campaign.js";
import { researcherProcedure, router } from "../trpc.js";
import { descriptives } from "./descriptives.js";
import { importPopulation } from "./import-population.js";
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
   * OLS models (respondent level, stored scores) side by side in the seed's table layout; labels,
   * notes and decimal mark in `locale` (the CSV rendering keeps decimal points).
   */
  regression: researchCampaignProcedure
    .input(
      z.object({
        dependents: z.array(z.string().min(1)).min(1).max(6),
        predictors: z.array(z.string().min(1)).min(1).max(30),
        standardized: z.boolean().default(false),
        robust: z.enum(["hc1", "hc3"]).optional(),
        locale: z.enum(["nl", "en"]).default("en"),
      }),
    )
    .use(
      viewed("regression", (input: { campaignId: number; dependents: string[] }) => ({
        dependents: input.dependents,
      })),
    )
    .query(({ ctx, input }) => regression(ctx, input)),

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
