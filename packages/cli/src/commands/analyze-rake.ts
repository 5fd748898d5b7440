import { toCsv } from "@maturo/exports/text";
import { formatNumber, marginTotals, type RakeResult, rake } from "@maturo/stats";
import { CliError } from "../cli-error.js";
import { defineCommand } from "../command.js";
import { parseFormat, printJson } from "../output.js";
import { organisationMeans } from "./analysis-level.js";
import { readDataFile, splitList, statsFailure } from "./analyze-data.js";

function rakeRows(ids: readonly string[], result: RakeResult): (string | number)[][] {
  return [["organisation_id", "weight"], ...ids.map((id, i) => [id, result.weights[i] as number])];
}

export const analyzeRake = defineCommand({
  name: "analyze rake",
  summary: "non-response weights per organisation, raked to the population's margins",
  usage: `maturo analyze rake --data F.csv --population P.csv --margins province,size_class [--id organisation_id] --format json|markdown|csv

One weight per organisation of F.csv (respondent rows are taken once per organisation; the margin
columns must then be the same for all its rows), by raking (iterative proportional fitting) from
unit weights to the counts of each margin in P.csv (one row per organisation of the population),
until no cell of the margins' cross-table moves more than 1e-12 of the sample size in a pass, at
most 100 passes: R's survey::rake(…, control = list(maxit = 100, epsilon = 1e-12)).
JSON: { weights: [{ organisation_id, weight }], iterations, converged }. Pass the weight column to
analyze ols --weights.`,
  options: {
    data: { type: "string" },
    population: { type: "string" },
    margins: { type: "string", multiple: true },
    id: { type: "string" },
    format: { type: "string" },
  },
  run({ values, io }) {
    const format = parseFormat(values.format, ["json", "markdown", "csv"]);
    if (values.data === undefined) throw new CliError("missing-option", "--data F.csv is required");
    if (values.population === undefined)
      throw new CliError("missing-option", "--population P.csv is required");
    const margins = splitList(values.margins);
    if (margins.length === 0) throw new CliError("missing-option", "--margins A,B,… is required");
    const id = values.id ?? "organisation_id";
    if (margins.includes(id))
      throw new CliError("bad-option", `--margins: "${id}" is the organisation column`);
    const sample = readDataFile(values.data, io.cwd, { text: [id, ...margins] });
    const organisations = organisationMeans(sample, id, [], sample.file);
    const population = readDataFile(values.population, io.cwd, { text: margins }, "--population");
    const totals = marginTotals(population.text, margins);
    if (!totals.ok) throw statsFailure(population.file, totals.error, population.lines);
    const result = rake(organisations.text, { margins: totals.value, maxIterations: 100, epsilon: 1e-12 });
    if (!result.ok) throw statsFailure(sample.file, result.error);
    if (!result.value.converged) {
      io.stderr(
        `warning: raking did not converge in ${result.value.iterations} passes (last change ${result.value.lastChange}); the weights do not meet the margins exactly\n`,
      );
    }
    const ids = organisations.text[id] ?? [];
    if (format === "json") {
      printJson(io, {
        weights: ids.map((organisation, i) => ({
          organisation_id: organisation,
          weight: result.value.weights[i],
        })),
        iterations: result.value.iterations,
        converged: result.value.converged,
      });
    } else if (format === "csv") io.stdout(toCsv(rakeRows(ids, result.value)));
    else {
      const lines = [
        "| organisation_id | weight |",
        "|---|---:|",
        ...ids.map(
          (organisation, i) =>
            `| ${organisation.replace(/\|/g, "\\|")} | ${formatNumber(result.value.weights[i] as number, 4)} |`,
        ),
        "",
        `*Raked to the population's margins of ${margins.join(", ")} from unit weights: ${result.value.iterations} passes, ${result.value.converged ? "converged" : "not converged"}.*`,
      ];
      io.stdout(`${lines.join("\n")}\n`);
    }
    return 0;
  },
});
