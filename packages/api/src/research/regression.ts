import { sizeClassLabel } from "@maturo/model";
import {
  fitOls,
  type OlsModel,
  type RakeMargin,
  REGRESSION_TABLE_TEXT,
  type RegressionTable,
  regressionTable,
  withTreatmentCoding,
} from "@maturo/stats";
import { AppError } from "../errors.js";
import { wording } from "../messages/catalogue.js";
import type { Locale } from "../messages/localized.js";
import {
  type AnalysisLevel,
  type ControlFactor,
  levelData,
  ORGANISATION_COLUMN,
  WEIGHT_COLUMN,
} from "./analysis-level.js";
import { scoreColumns } from "./columns.js";
import { organisationWeights } from "./organisation-weights.js";
import { type Provenance, provenance } from "./provenance.js";
import { submittedRespondents } from "./queries.js";
import { type RenderedTable, renderedTable } from "./rendered-table.js";
import type { ResearchContext } from "./research-campaign.js";
import { type ScoringStructure, scoringStructure } from "./scoring-structure.js";

export type ClusterChoice = "none" | "cr1" | "cr2";

export interface RegressionInput {
  dependents: string[];
  predictors: string[];
  standardized: boolean;
  robust?: "hc1" | "hc3" | undefined;
  level: AnalysisLevel;
  /** Errors clustered by organisation; default `cr1` at respondent level, `none` at the others. */
  cluster?: ClusterChoice | undefined;
  weights: "none" | "raked";
  controls: ControlFactor[];
  locale: Locale;
}

/** The standard errors the table shows. */
export type ErrorKind = "ordinary" | "hc1" | "hc3" | "cr1" | "cr2";

/** A control factor as R's treatment contrasts code it: the reference level and the others' terms. */
export interface ControlCoding {
  factor: ControlFactor;
  reference: string;
  levels: string[];
  terms: string[];
}

/**
 * OLS models side by side in the seed's table layout, at the chosen level, with the chosen errors,
 * weights and controls; labels, notes and decimal mark in `locale` (the CSV keeps decimal points).
 */
export interface RegressionResult {
  provenance: Provenance;
  level: AnalysisLevel;
  errors: ErrorKind;
  /** Organisations (clusters) behind the rows. */
  organisations: number;
  weighting: { margins: RakeMargin[]; organisations: number; iterations: number; converged: boolean } | null;
  controls: ControlCoding[];
  /** Every predictor term in table order with its row label (control terms after the chosen scales). */
  terms: { term: string; label: string }[];
  models: OlsModel[];
  table: RegressionTable;
  rendered: RenderedTable;
  /** How scores are computed from the items, for a script that recomputes them. */
  scoring: ScoringStructure;
}

/** The coefficients with the errors the table shows in the ordinary columns. */
function shownWith(model: OlsModel, errors: ErrorKind): OlsModel {
  // This page words its own notes on rows, errors and weights (below), so the table builder gets the
  // chosen errors as the shown ones and no cluster or weight column to write a second note about.
  const { robust: _robust, cluster: _cluster, weights: _weights, ...rest } = model;
  if (errors === "ordinary") return rest;
  const cluster = errors === "cr1" || errors === "cr2";
  return {
    ...rest,
    coefficients: model.coefficients.map((c) => ({
      ...c,
      stdError: (cluster ? c.clusterStdError : c.robustStdError) ?? null,
      t: (cluster ? c.clusterT : c.robustT) ?? null,
      p: (cluster ? c.clusterP : c.robustP) ?? null,
    })),
  };
}

/**
 * The errors asked for; by default clustered by organisation (CR1) at respondent level when the
 * rows come from more than one organisation, ordinary otherwise.
 */
function errorKind(input: RegressionInput, organisations: number): ErrorKind {
  const cluster = input.cluster ?? (input.level === "respondent" && organisations > 1 ? "cr1" : "none");
  if (cluster !== "none" && input.level !== "respondent") throw new AppError("research.cluster-level");
  if (cluster !== "none" && input.robust) throw new AppError("research.errors-conflict");
  return cluster !== "none" ? cluster : (input.robust ?? "ordinary");
}

export async function regression(ctx: ResearchContext, input: RegressionInput): Promise<RegressionResult> {
  const { campaign, instrument } = ctx;
  const respondents = await submittedRespondents(ctx.db, campaign.id);
  const weighting =
    input.weights === "raked" ? await organisationWeights(ctx.db, campaign.id, respondents) : null;
  const scores = await scoreColumns(ctx.db, campaign.id);
  const labels = new Map(instrument.compiled.nodes.map((n) => [n.id, n.label[input.locale] ?? n.id]));
  [...input.dependents, ...input.predictors].forEach((name, i) => {
    if (scores.columns[name]) return;
    const field =
      i < input.dependents.length ? `dependents.${i}` : `predictors.${i - input.dependents.length}`;
    throw new AppError("research.no-scores", { field, name });
  });
  const rows = levelData(scores, respondents, input.level, weighting?.weights);
  const organisations = new Set(rows.columns[ORGANISATION_COLUMN]).size;
  const errors = errorKind(input, organisations);
  const coded = withTreatmentCoding(rows.columns, input.controls);
  if (!coded.ok) throw new AppError("research.control-failed", { detail: coded.error.message });
  const predictors = [...input.predictors, ...coded.value.terms];
  const models: OlsModel[] = input.dependents.map((dependent, index) => {
    const fit = fitOls(coded.value.data, {
      dependent,
      predictors,
      ...(errors === "hc1" || errors === "hc3" ? { robust: errors } : {}),
      ...(errors === "cr1" || errors === "cr2" ? { cluster: ORGANISATION_COLUMN, clusterType: errors } : {}),
      ...(weighting ? { weights: WEIGHT_COLUMN } : {}),
    });
    if (!fit.ok) throw new AppError("research.model-failed", { index, dependent, detail: fit.error.message });
    return fit.value;
  });
  const controls: ControlCoding[] = coded.value.codings.map((c) => ({
    factor: c.variable as ControlFactor,
    reference: c.reference,
    levels: [...c.levels],
    terms: [...c.terms],
  }));
  const levelLabel = (factor: ControlFactor, level: string): string =>
    factor === "size_class" ? sizeClassLabel(level, input.locale) : level;
  const termLabels: Record<string, string> = Object.fromEntries(
    input.predictors.map((p) => [p, labels.get(p) ?? p]),
  );
  for (const c of controls)
    c.terms.forEach((term, l) => {
      termLabels[term] = wording("research.control-term", {
        factor: c.factor,
        level: levelLabel(c.factor, c.levels[l + 1] as string),
      })[input.locale];
    });
  const prov = provenance(campaign, instrument, rows.n, ctx.now());
  const text = REGRESSION_TABLE_TEXT[input.locale];
  const table = regressionTable(
    models.map((m) => shownWith(m, errors)),
    {
      labels: input.dependents.map((d) => labels.get(d) ?? d),
      termLabels,
      standardized: input.standardized,
      text: text.text,
      decimalMark: text.decimalMark,
      title: `${prov.campaignName} — N = ${Math.max(...models.map((m) => m.n))}`,
    },
  );
  const notes = [
    wording("research.note-level", { level: input.level })[input.locale],
    wording("research.note-errors", { kind: errors, clusters: models[0]?.clusters ?? organisations })[
      input.locale
    ],
    wording("research.note-weights", {
      organisations: weighting?.organisations ?? 0,
      iterations: weighting?.iterations ?? 0,
      level: input.level,
    })[input.locale],
  ];
  if (controls.length > 0)
    notes.push(
      wording("research.note-reference", {
        levels: controls
          .map(
            (c) =>
              wording("research.control-term", {
                factor: c.factor,
                level: levelLabel(c.factor, c.reference),
              })[input.locale],
          )
          .join("; "),
      })[input.locale],
    );
  // The notes say which rows, errors and weights the table rests on, before the star legend.
  const footnotes = [...table.footnotes.slice(0, -1), ...notes, ...table.footnotes.slice(-1)];
  const shown = { ...table, footnotes };
  return {
    provenance: prov,
    level: input.level,
    errors,
    organisations,
    weighting: weighting && {
      margins: weighting.margins,
      organisations: weighting.organisations,
      iterations: weighting.iterations,
      converged: weighting.converged,
    },
    controls,
    terms: predictors.map((term) => ({ term, label: termLabels[term] ?? term })),
    models,
    table: shown,
    rendered: renderedTable(shown),
    scoring: scoringStructure(instrument.compiled),
  };
}
