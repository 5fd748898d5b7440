import type { CompiledInstrument } from "@maturo/model";
import { createScoringPlan, type ScoreReport, scoreResponses } from "@maturo/scoring";
import { type Cell, cronbachAlpha, fitOls, type OlsModel } from "@maturo/stats";
import type { DemoCampaignKey, DemoData } from "../types.js";

export interface DemoAnalysis {
  readonly report: ScoreReport;
  /** % positive per item (submitted responses of the wave). */
  readonly percentPositive: ReadonlyMap<string, number | null>;
  /** Cronbach's alpha (pairwise) per category with at least three items. */
  readonly alphas: ReadonlyMap<string, number | null>;
  /** Each capability category regressed on the 13 context scales (respondent level, listwise), as the seed's table. */
  readonly models: ReadonlyMap<string, OlsModel>;
  readonly profiles: ReadonlyMap<string, number>;
  readonly profileOf: ReadonlyMap<string, string | null>;
}

export const CAPABILITY_CATEGORIES = ["capability.efficiency", "capability.innovation", "capability.balance"];

/** Score a wave with @maturo/scoring and compute the researcher's statistics with @maturo/stats. */
export function analyzeDemo(
  data: DemoData,
  compiled: CompiledInstrument,
  campaign: DemoCampaignKey,
): DemoAnalysis {
  const plan = createScoringPlan(compiled);
  if (!plan.ok) throw new Error(JSON.stringify(plan.errors));
  const submitted = data.invitations.filter(
    (inv) => inv.campaignKey === campaign && inv.status === "submitted",
  );
  const scored = scoreResponses(
    plan.value,
    submitted.map((inv) => ({
      respondentId: inv.key,
      organisationId: inv.organisationCode,
      role: inv.role,
      answers: inv.answers ?? {},
    })),
  );
  if (!scored.ok) throw new Error(JSON.stringify(scored.errors.slice(0, 5)));
  const report = scored.value;

  const percentPositive = new Map(report.items.map((s) => [s.itemId, s.percentPositive]));

  const alphas = new Map<string, number | null>();
  const categories = compiled.nodes.filter((n) => n.kind === "category").map((n) => n.id);
  for (const node of categories) {
    const items = compiled.items.filter((item) => item.node === node && item.points > 2);
    if (items.length < 3) continue;
    const columns: Record<string, Cell[]> = {};
    for (const item of items) {
      columns[item.id] = submitted.map((inv) => {
        const v = inv.answers?.[item.id];
        return typeof v === "number" ? v : null;
      });
    }
    const result = cronbachAlpha(columns, {
      items: items.map((i) => i.id),
      reverse: items.filter((i) => i.reverse).map((i) => i.id),
      missing: "pairwise",
    });
    alphas.set(node, result.ok ? result.value.alpha : null);
  }

  const contextNodes = categories.filter(
    (id) => id.startsWith("context.") && compiled.items.some((item) => item.node === id),
  );
  const table: Record<string, Cell[]> = {};
  for (const node of [...CAPABILITY_CATEGORIES, ...contextNodes]) {
    table[node] = report.respondents.map((r) => r.scores[node] ?? null);
  }
  const models = new Map<string, OlsModel>();
  for (const dependent of CAPABILITY_CATEGORIES) {
    const fit = fitOls(table, { dependent, predictors: contextNodes });
    if (!fit.ok) throw new Error(`${dependent}: ${fit.error.message}`);
    models.set(dependent, fit.value);
  }

  const profiles = new Map<string, number>();
  const profileOf = new Map<string, string | null>();
  for (const organisation of report.organisations) {
    const id = organisation.profile?.id ?? null;
    profileOf.set(organisation.organisationId, id);
    if (id !== null) profiles.set(id, (profiles.get(id) ?? 0) + 1);
  }
  return { report, percentPositive, alphas, models, profiles, profileOf };
}
