import {
  fitOls,
  type OlsModel,
  REGRESSION_TABLE_TEXT,
  type RegressionTable,
  regressionTable,
} from "@maturo/stats";
import { AppError } from "../errors.js";
import type { Locale } from "../messages/localized.js";
import { scoreColumns } from "./columns.js";
import { type Provenance, provenance } from "./provenance.js";
import { type RenderedTable, renderedTable } from "./rendered-table.js";
import type { ResearchContext } from "./research-campaign.js";

export interface RegressionInput {
  dependents: string[];
  predictors: string[];
  standardized: boolean;
  robust?: "hc1" | "hc3" | undefined;
  locale: Locale;
}

/**
 * OLS models (respondent level, stored scores) side by side in the seed's table layout; labels,
 * notes and decimal mark in `locale` (the CSV rendering keeps decimal points).
 */
export interface RegressionResult {
  provenance: Provenance;
  models: OlsModel[];
  table: RegressionTable;
  rendered: RenderedTable;
}

export async function regression(ctx: ResearchContext, input: RegressionInput): Promise<RegressionResult> {
  const { campaign, instrument } = ctx;
  const scores = await scoreColumns(ctx.db, campaign.id);
  const prov = provenance(campaign, instrument, scores.n, ctx.now());
  const labels = new Map(instrument.compiled.nodes.map((n) => [n.id, n.label[input.locale] ?? n.id]));
  [...input.dependents, ...input.predictors].forEach((name, i) => {
    if (scores.columns[name]) return;
    const field =
      i < input.dependents.length ? `dependents.${i}` : `predictors.${i - input.dependents.length}`;
    throw new AppError("research.no-scores", { field, name });
  });
  const models: OlsModel[] = input.dependents.map((dependent, index) => {
    const fit = fitOls(scores.columns, {
      dependent,
      predictors: input.predictors,
      ...(input.robust ? { robust: input.robust } : {}),
    });
    if (!fit.ok) throw new AppError("research.model-failed", { index, dependent, detail: fit.error.message });
    return fit.value;
  });
  const text = REGRESSION_TABLE_TEXT[input.locale];
  const table = regressionTable(models, {
    labels: input.dependents.map((d) => labels.get(d) ?? d),
    termLabels: Object.fromEntries(input.predictors.map((p) => [p, labels.get(p) ?? p])),
    standardized: input.standardized,
    text: text.text,
    decimalMark: text.decimalMark,
    title: `${prov.campaignName} — N = ${Math.max(...models.map((m) => m.n))}`,
  });
  return {
    provenance: prov,
    models,
    table,
    rendered: renderedTable(table),
  };
}
