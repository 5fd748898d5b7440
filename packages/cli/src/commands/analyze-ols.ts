import { toCsv } from "@maturo/exports/text";
import {
  fitOls,
  type OlsModel,
  type RegressionTable,
  regressionTable,
  regressionTableRows,
  renderHtml,
  renderLatex,
  renderMarkdown,
} from "@maturo/stats";
import { CliError } from "../cli-error.js";
import { defineCommand } from "../command.js";
import { parseFormat, printJson } from "../output.js";
import { checkKnownColumns, readCsvColumns, splitList, statsFailure } from "./analyze-data.js";

/**
 * The JSON shape of `analyze ols` (docs/decisions.md, "Statistics engine (issue 5)"): no NaN or
 * Infinity, nulls explained by `aliased`, `exactFit` and `notes`.
 */
function modelJson(model: OlsModel): Record<string, unknown> {
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
    droppedRows: model.droppedRows,
    notes: model.notes,
  };
}

export const analyzeOls = defineCommand({
  name: "analyze ols",
  summary: "ordinary least squares regression, one model per dependent, as JSON or a paper-style table",
  usage: `maturo analyze ols --data F.csv --dependent Y [--dependent Y2 …] --predictors A,B,… [--no-intercept] [--robust hc1|hc3] [--standardized] --format json|markdown|csv|latex|html

Fits each dependent on the predictors by pivoted Householder QR (results agree with R's lm()).
An empty cell or NA is missing; rows missing any variable of a model are dropped for that model.
Other non-numeric text is an error naming row and column. Aliased (linearly dependent) terms are
reported with null numbers and a warning on stderr, as R does. Tables show b (s.e.) with stars
+ p<.10, * p<.05, ** p<.01, *** p<.001, or standardised betas with --standardized.`,
  options: {
    data: { type: "string" },
    dependent: { type: "string", multiple: true },
    predictors: { type: "string", multiple: true },
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
    const predictors = splitList(values.predictors);
    const intercept = values["no-intercept"] !== true;
    if (predictors.length === 0 && !intercept) {
      throw new CliError("missing-option", "--predictors A,B,… is required with --no-intercept");
    }
    const robust = values.robust;
    if (robust !== undefined && robust !== "hc1" && robust !== "hc3") {
      throw new CliError("bad-option", `--robust: expected hc1 or hc3, got "${robust}"`);
    }
    const { data, columns, file } = readCsvColumns(values.data, io.cwd);
    checkKnownColumns(file, columns, [...dependents, ...predictors]);
    const models: OlsModel[] = [];
    for (const dependent of dependents) {
      const result = fitOls(data, {
        dependent,
        predictors,
        intercept,
        ...(robust === undefined ? {} : { robust }),
      });
      if (!result.ok) throw statsFailure(file, result.error);
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
        models.length === 1 && first !== undefined ? modelJson(first) : { models: models.map(modelJson) },
      );
      return 0;
    }
    const table = regressionTable(models, { standardized: values.standardized === true });
    const render = {
      markdown: renderMarkdown,
      csv: (table: RegressionTable): string => toCsv(regressionTableRows(table)),
      latex: renderLatex,
      html: renderHtml,
    }[format];
    io.stdout(render(table));
    return 0;
  },
});
