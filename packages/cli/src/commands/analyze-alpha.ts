import { type AlphaResult, cronbachAlpha, formatNumber } from "@maturo/stats";
import { CliError } from "../cli-error.js";
import { defineCommand } from "../command.js";
import { parseFormat, printJson } from "../output.js";
import { readDataFile, splitList, statsFailure } from "./analyze-data.js";

function alphaJson(result: AlphaResult): Record<string, unknown> {
  return {
    alpha: result.alpha,
    standardizedAlpha: result.standardizedAlpha,
    n: result.n,
    k: result.k,
    items: result.items.map((item) => ({
      item: item.item,
      mean: item.mean,
      sd: item.sd,
      itemRestCorrelation: item.itemRestCorrelation,
      alphaIfDeleted: item.alphaIfDeleted,
    })),
    missing: result.missing,
    droppedRows: result.droppedRows,
    notes: result.notes,
  };
}

function alphaMarkdown(result: AlphaResult): string {
  const f = (v: number | null): string => (v === null ? "—" : formatNumber(v, 3));
  const lines = [
    `Cronbach's alpha = ${f(result.alpha)} (standardised ${f(result.standardizedAlpha)}), n = ${result.n}, k = ${result.k}, ${result.missing}`,
    "",
    "| item | mean | sd | item-rest r | alpha if deleted |",
    "|---|---:|---:|---:|---:|",
    ...result.items.map(
      (i) =>
        `| ${i.item.replace(/\|/g, "\\|")} | ${f(i.mean)} | ${f(i.sd)} | ${f(i.itemRestCorrelation)} | ${f(i.alphaIfDeleted)} |`,
    ),
  ];
  return `${lines.join("\n")}\n`;
}

export const analyzeAlpha = defineCommand({
  name: "analyze alpha",
  summary: "Cronbach's alpha with item statistics (listwise, or pairwise with --pairwise)",
  usage: `maturo analyze alpha --data F.csv --items A,B,… [--reverse A] [--pairwise] --format json|markdown

Alpha, standardised alpha, and per item mean, SD, corrected item-total (item-rest) correlation and
alpha if deleted. Listwise deletion unless --pairwise (pairwise-complete covariances, as
psych::alpha). --reverse items are reversed as min + max − x over the items' observed range.`,
  options: {
    data: { type: "string" },
    items: { type: "string", multiple: true },
    reverse: { type: "string", multiple: true },
    pairwise: { type: "boolean" },
    format: { type: "string" },
  },
  run({ values, io }) {
    const format = parseFormat(values.format, ["json", "markdown"]);
    if (values.data === undefined) throw new CliError("missing-option", "--data F.csv is required");
    const items = splitList(values.items);
    if (items.length < 2) throw new CliError("missing-option", "--items needs at least two items (A,B,…)");
    const reverse = splitList(values.reverse);
    const { numeric, file, lines } = readDataFile(values.data, io.cwd, { numeric: [...items, ...reverse] });
    const result = cronbachAlpha(numeric, {
      items,
      reverse,
      missing: values.pairwise === true ? "pairwise" : "listwise",
    });
    if (!result.ok) throw statsFailure(file, result.error, lines);
    if (format === "json") printJson(io, alphaJson(result.value));
    else io.stdout(alphaMarkdown(result.value));
    return 0;
  },
});
