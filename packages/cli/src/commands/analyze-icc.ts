import { toCsv } from "@maturo/exports/text";
import { formatNumber, type IccResult, icc } from "@maturo/stats";
import { CliError } from "../cli-error.js";
import { defineCommand } from "../command.js";
import { parseFormat, printJson } from "../output.js";
import { readDataFile, splitList, statsFailure } from "./analyze-data.js";

const COLUMNS = ["variable", "icc1", "icc2", "groups", "n0"] as const;

function iccJson(result: IccResult): Record<(typeof COLUMNS)[number], string | number | null> {
  return {
    variable: result.variable,
    icc1: result.icc1,
    icc2: result.icc2,
    groups: result.groups,
    n0: result.n0,
  };
}

export const analyzeIcc = defineCommand({
  name: "analyze icc",
  summary: "ICC(1) and ICC(2) per variable by group (may respondents be averaged per organisation?)",
  usage: `maturo analyze icc --data F.csv --group COL --items A,B,… --format json|markdown|csv

Per variable, from a one-way ANOVA by group over the rows with a value and a group (R:
anova(lm(y ~ factor(g)))): ICC(1) = (MSB − MSW) / (MSB + (n0 − 1)·MSW), ICC(2) = (MSB − MSW) / MSB,
n0 = (N − Σnᵢ²/N) / (G − 1) for groups of unequal size (Bliese 2000).
JSON: [{ variable, icc1, icc2, groups, n0 }], null where a statistic is undefined (one group).`,
  options: {
    data: { type: "string" },
    group: { type: "string" },
    items: { type: "string", multiple: true },
    format: { type: "string" },
  },
  run({ values, io }) {
    const format = parseFormat(values.format, ["json", "markdown", "csv"]);
    if (values.data === undefined) throw new CliError("missing-option", "--data F.csv is required");
    if (values.group === undefined) throw new CliError("missing-option", "--group COL is required");
    const items = splitList(values.items);
    if (items.length === 0) throw new CliError("missing-option", "--items A,B,… is required");
    const read = readDataFile(values.data, io.cwd, { numeric: items, text: [values.group] });
    const result = icc({ ...read.numeric, ...read.text }, { group: values.group, variables: items });
    if (!result.ok) throw statsFailure(read.file, result.error, read.lines);
    const rows = result.value.map(iccJson);
    if (format === "json") printJson(io, rows);
    else if (format === "csv") io.stdout(toCsv([[...COLUMNS], ...rows.map((r) => COLUMNS.map((c) => r[c]))]));
    else {
      const f = (v: number | null): string => (v === null ? "—" : formatNumber(v, 3));
      const lines = [
        "| variable | ICC(1) | ICC(2) | groups | n0 |",
        "|---|---:|---:|---:|---:|",
        ...rows.map(
          (r) =>
            `| ${String(r.variable).replace(/\|/g, "\\|")} | ${f(r.icc1 as number | null)} | ${f(r.icc2 as number | null)} | ${r.groups} | ${f(r.n0 as number | null)} |`,
        ),
        "",
        `*One-way ANOVA by ${values.group}; n0 is the group size adjusted for unequal groups (Bliese 2000).*`,
      ];
      io.stdout(`${lines.join("\n")}\n`);
    }
    return 0;
  },
});
