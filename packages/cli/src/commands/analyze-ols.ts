import { toCsv } from "@maturo/exports/text";
import { isRole, ROLES } from "@maturo/model/vocabulary";
import {
  type DataColumns,
  fitOls,
  type OlsModel,
  type RegressionTable,
  regressionTable,
  regressionTableRows,
  renderHtml,
  renderLatex,
  renderMarkdown,
  withTreatmentCoding,
} from "@maturo/stats";
import { CliError } from "../cli-error.js";
import { defineCommand } from "../command.js";
import { parseFormat, printJson } from "../output.js";
import { type AnalysisTable, keepRole, organisationMeans, respondentWeights } from "./analysis-level.js";
import { readDataFile, splitList, statsFailure } from "./analyze-data.js";

const ROLE_COLUMN = "role";

/** How the data were prepared before fitting: the level, the role kept, the factors' reference levels. */
interface Design {
  readonly level: "respondent" | "organisation";
  readonly role: string | null;
  readonly factors: readonly {
    readonly variable: string;
    readonly reference: string;
    readonly terms: readonly string[];
  }[];
}

/** The level, role and weighting of the data in words, for the note under a table. */
function designNote(design: Design, weights: string | undefined, id: string): string | null {
  const parts: string[] = [];
  if (design.level === "organisation")
    parts.push(`Organisation level: each organisation's respondents averaged (by ${id}).`);
  else if (weights !== undefined)
    parts.push(
      `Respondent level: each respondent weighs its organisation's weight (${weights}) divided by the organisation's number of respondents.`,
    );
  if (design.role !== null) parts.push(`Role: ${design.role} only.`);
  for (const factor of design.factors)
    parts.push(`${factor.variable}: treatment contrasts against "${factor.reference}".`);
  return parts.length === 0 ? null : parts.join(" ");
}

/**
 * The JSON shape of `analyze ols` (docs/decisions.md, "Statistics engine (issue 5)"): no NaN or
 * Infinity, nulls explained by `aliased`, `exactFit` and `notes`.
 */
function modelJson(model: OlsModel, design: Design): Record<string, unknown> {
  return {
    n: model.n,
    dependent: model.dependent,
    coefficients: model.coefficients.map((c) => ({
      term: c.term,
      estimate: c.estimate,
      stdError: c.stdError,
      t: c.t,
      p: c.p,
      beta: c.beta,
      vif: c.vif,
      aliased: c.aliased,
      ...(model.robust === undefined
        ? {}
        : {
            robustStdError: c.robustStdError ?? null,
            robustT: c.robustT ?? null,
            robustP: c.robustP ?? null,
          }),
      ...(model.cluster === undefined
        ? {}
        : {
            clusterStdError: c.clusterStdError ?? null,
            clusterT: c.clusterT ?? null,
            clusterDf: c.clusterDf ?? null,
            clusterP: c.clusterP ?? null,
          }),
    })),
    rSquared: model.rSquared,
    adjRSquared: model.adjRSquared,
    residualStdError: model.residualStdError,
    fStatistic: model.fStatistic,
    fPValue: model.fPValue,
    dfModel: model.dfModel,
    dfResidual: model.dfResidual,
    aliased: model.aliased,
    exactFit: model.exactFit,
    intercept: model.intercept,
    ...(model.robust === undefined ? {} : { robust: model.robust }),
    ...(model.cluster === undefined
      ? {}
      : { cluster: model.cluster, clusterType: model.clusterType, clusters: model.clusters }),
    ...(model.weights === undefined ? {} : { weights: model.weights }),
    ...design,
    droppedRows: model.droppedRows,
    notes: model.notes,
  };
}

export const analyzeOls = defineCommand({
  name: "analyze ols",
  summary:
    "least squares regression (clustered errors, weights, organisation level, factors) as JSON or a paper-style table",
  usage: `maturo analyze ols --data F.csv --dependent Y [--dependent Y2 …] --predictors A,B,… [--factor COL …]
  [--cluster COL [--cluster-type cr1|cr2]] [--weights COL] [--level respondent|organisation] [--role ROLE]
  [--id organisation_id] [--no-intercept] [--robust hc1|hc3] [--standardized] --format json|markdown|csv|latex|html

Fits each dependent on the predictors by pivoted Householder QR (results agree with R's lm()).
The CSV may use , ; or tab (found from the header line); with ; a decimal comma is read.
An empty cell or NA is missing; rows missing any variable of a model are dropped for that model.
Other non-numeric text is an error naming row and column. Aliased (linearly dependent) terms are
reported with null numbers and a warning on stderr, as R does. Tables show b (s.e.) with stars
+ p<.10, * p<.05, ** p<.01, *** p<.001, or standardised betas with --standardized; a note under
the table says which errors and weights were used.

  --factor COL        a categorical predictor with treatment contrasts as R codes it (first level = reference)
  --cluster COL       cluster-robust errors by COL: CR1 (= sandwich::vcovCL, type HC1, t on G − 1 df)
                      or CR2 (= clubSandwich, Satterthwaite df); the table then shows them
  --weights COL       the organisation's weight (e.g. from analyze rake): weighted least squares; at
                      respondent level each respondent gets it divided by its organisation's number of
                      respondents in the data (after --role)
  --level organisation  averages each organisation's respondents first (columns --weights, --factor and
                      --cluster must then be the same within an organisation)
  --role ROLE         keeps the rows whose "role" column is ROLE (${ROLES.join(", ")})
  --id COL            the organisation column (default organisation_id)`,
  options: {
    data: { type: "string" },
    dependent: { type: "string", multiple: true },
    predictors: { type: "string", multiple: true },
    factor: { type: "string", multiple: true },
    cluster: { type: "string" },
    "cluster-type": { type: "string" },
    weights: { type: "string" },
    level: { type: "string" },
    role: { type: "string" },
    id: { type: "string" },
    "no-intercept": { type: "boolean" },
    robust: { type: "string" },
    standardized: { type: "boolean" },
    format: { type: "string" },
  },
  run({ values, io }) {
    const format = parseFormat(values.format, ["json", "markdown", "csv", "latex", "html"]);
    if (values.data === undefined) throw new CliError("missing-option", "--data F.csv is required");
    const dependents = splitList(values.dependent);
    if (dependents.length === 0) throw new CliError("missing-option", "--dependent Y is required");
    const numericPredictors = splitList(values.predictors);
    const factors = splitList(values.factor);
    const intercept = values["no-intercept"] !== true;
    if (numericPredictors.length === 0 && factors.length === 0 && !intercept) {
      throw new CliError("missing-option", "--predictors A,B,… is required with --no-intercept");
    }
    const both = factors.filter((f) => numericPredictors.includes(f));
    if (both.length > 0) {
      throw new CliError(
        "bad-option",
        `--factor: ${both.map((f) => `"${f}"`).join(", ")} is also in --predictors; name it once`,
      );
    }
    const robust = values.robust;
    if (robust !== undefined && robust !== "hc1" && robust !== "hc3") {
      throw new CliError("bad-option", `--robust: expected hc1 or hc3, got "${robust}"`);
    }
    const clusterType = values["cluster-type"];
    if (clusterType !== undefined && clusterType !== "cr1" && clusterType !== "cr2") {
      throw new CliError("bad-option", `--cluster-type: expected cr1 or cr2, got "${clusterType}"`);
    }
    if (clusterType !== undefined && values.cluster === undefined) {
      throw new CliError("missing-option", "--cluster-type needs --cluster COL");
    }
    const level = values.level ?? "respondent";
    if (level !== "respondent" && level !== "organisation") {
      throw new CliError("bad-option", `--level: expected respondent or organisation, got "${level}"`);
    }
    const role = values.role;
    if (role !== undefined && !isRole(role)) {
      throw new CliError("bad-option", `--role: expected ${ROLES.join(", ")}, got "${role}"`);
    }
    const id = values.id ?? "organisation_id";
    const weights = values.weights;
    const needsId = level === "organisation" || weights !== undefined;
    const text = [
      ...new Set([
        ...factors,
        ...(values.cluster === undefined ? [] : [values.cluster]),
        ...(needsId ? [id] : []),
        ...(role === undefined ? [] : [ROLE_COLUMN]),
      ]),
    ];
    const numeric = [
      ...new Set([...dependents, ...numericPredictors, ...(weights === undefined ? [] : [weights])]),
    ];
    const clash = numeric.filter((name) => text.includes(name));
    if (clash.length > 0) {
      throw new CliError(
        "bad-option",
        `${clash.map((c) => `"${c}"`).join(", ")} cannot be both a numeric variable and a grouping column`,
      );
    }
    const read = readDataFile(values.data, io.cwd, { numeric, text });
    const file = read.file;
    let table: AnalysisTable = read;
    // Row numbers of errors from the fit point into the file only while no rows were removed or merged.
    let lines: ArrayLike<number> | undefined = read.lines;
    if (role !== undefined) {
      table = keepRole(table, ROLE_COLUMN, role, file);
      lines = undefined;
    }
    if (level === "organisation") {
      table = organisationMeans(table, id, weights === undefined ? [] : [weights], file);
      lines = undefined;
    } else if (weights !== undefined) {
      table = {
        ...table,
        numeric: { ...table.numeric, [weights]: respondentWeights(table, id, weights, file) },
      };
    }
    const coded = withTreatmentCoding({ ...table.numeric, ...table.text } as DataColumns, factors);
    if (!coded.ok) throw statsFailure(file, coded.error, lines);
    const predictors = [...numericPredictors, ...coded.value.terms];
    const design: Design = {
      level,
      role: role ?? null,
      factors: coded.value.codings.map((c) => ({
        variable: c.variable,
        reference: c.reference,
        terms: c.terms,
      })),
    };
    const models: OlsModel[] = [];
    for (const dependent of dependents) {
      const result = fitOls(coded.value.data, {
        dependent,
        predictors,
        intercept,
        ...(robust === undefined ? {} : { robust }),
        ...(weights === undefined ? {} : { weights }),
        ...(values.cluster === undefined
          ? {}
          : { cluster: values.cluster, clusterType: clusterType ?? "cr1" }),
      });
      if (!result.ok) throw statsFailure(file, result.error, lines);
      models.push(result.value);
    }
    for (const model of models) {
      if (model.aliased.length > 0) {
        io.stderr(
          `warning: "${model.dependent}": rank-deficient design; aliased term${model.aliased.length > 1 ? "s" : ""} ${model.aliased.join(", ")} (linearly dependent on earlier terms) not estimated, as R does\n`,
        );
      }
      if (model.exactFit) {
        io.stderr(`warning: "${model.dependent}": essentially perfect fit; t, p and F are null\n`);
      }
    }
    if (format === "json") {
      const first = models[0];
      printJson(
        io,
        models.length === 1 && first !== undefined
          ? modelJson(first, design)
          : { models: models.map((m) => modelJson(m, design)) },
      );
      return 0;
    }
    const note = designNote(design, weights, id);
    const regression = regressionTable(models, {
      standardized: values.standardized === true,
      ...(note === null ? {} : { notes: [note] }),
    });
    const render = {
      markdown: renderMarkdown,
      csv: (t: RegressionTable): string => toCsv(regressionTableRows(t)),
      latex: renderLatex,
      html: renderHtml,
    }[format];
    io.stdout(render(regression));
    return 0;
  },
});
