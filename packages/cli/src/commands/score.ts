import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { toCsv } from "@maturo/exports/text";
import { type AnswerValue, compileInstruments, DEFAULT_FRAMEWORK } from "@maturo/model";
import {
  createScoringPlan,
  type ResponseInput,
  type ScoreReport,
  type ScoringError,
  type ScoringPlan,
  scoreResponses,
} from "@maturo/scoring";
import { CliError } from "../cli-error.js";
import { defineCommand } from "../command.js";
import type { CliIo } from "../io.js";
import { parseFormat, printJson } from "../output.js";
import { parseCsv, splitList } from "./analyze-data.js";
import { loadPluginsOrFail } from "./plugin-load.js";

/** The plugins scored when --plugins is not given: the four in the repository's plugins/ folder. */
export const DEFAULT_PLUGINS = ["organisation", "users", "technology", "context"] as const;

/** plugins/ of the repository, found from this file (src/commands or dist/commands), not the cwd. */
function defaultPluginDirs(): string[] {
  const root = fileURLToPath(new URL("../../../../plugins/", import.meta.url));
  return DEFAULT_PLUGINS.map((name) => resolve(root, name));
}

const FIXED_COLUMNS = ["respondent_id", "organisation_id", "role"] as const;

/** A problem with one place of the CSV; rows are data rows, 1 = the first row after the header. */
interface CsvProblem {
  readonly row: number;
  readonly column: string | null;
  readonly message: string;
}

function describe(problem: CsvProblem): string {
  const where = problem.row === 0 ? "header" : `row ${problem.row}`;
  return `${where}${problem.column === null ? "" : `, column "${problem.column}"`}: ${problem.message}`;
}

function parseCell(text: string): AnswerValue | null | undefined {
  const cell = text.trim();
  if (cell === "") return null;
  if (cell.toLowerCase() === "dk") return "dk";
  if (/^\d+$/.test(cell)) return Number(cell);
  return undefined;
}

interface ReadResponses {
  readonly responses: ResponseInput[];
  /** Data row (1-based) of each response. */
  readonly rows: number[];
  readonly problems: CsvProblem[];
}

function readResponses(plan: ScoringPlan, file: string, cwd: string, lenient: boolean): ReadResponses {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), "utf8");
  } catch {
    throw new CliError("no-responses", `--responses: cannot read "${file}"`);
  }
  const { header, rows } = parseCsv(text, file);
  const missing = FIXED_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw new CliError(
      "bad-header",
      `${file}: header: missing column${missing.length > 1 ? "s" : ""} ${missing.map((m) => `"${m}"`).join(", ")} (expected respondent_id,organisation_id,role,<item ids…>)`,
    );
  }
  const problems: CsvProblem[] = [];
  const itemColumns: { index: number; id: string }[] = [];
  header.forEach((name, index) => {
    if ((FIXED_COLUMNS as readonly string[]).includes(name)) return;
    if (plan.itemIndex.has(name)) itemColumns.push({ index, id: name });
    else problems.push({ row: 0, column: name, message: "unknown column: not an item of the plugins" });
  });
  if (problems.length > 0 && !lenient) return { responses: [], rows: [], problems };
  const at = (name: string): number => header.indexOf(name);
  const responses: ResponseInput[] = [];
  const dataRows: number[] = [];
  rows.forEach((cells, i) => {
    const row = i + 1;
    const respondentId = (cells[at("respondent_id")] ?? "").trim();
    const organisationId = (cells[at("organisation_id")] ?? "").trim();
    const role = (cells[at("role")] ?? "").trim();
    if (respondentId === "" || organisationId === "") {
      problems.push({
        row,
        column: respondentId === "" ? "respondent_id" : "organisation_id",
        message: "empty; every row needs a respondent and an organisation",
      });
      return;
    }
    const answers: Record<string, AnswerValue | null> = {};
    for (const { index, id } of itemColumns) {
      const raw = cells[index] ?? "";
      const value = parseCell(raw);
      if (value === undefined) {
        problems.push({ row, column: id, message: `"${raw}" is not a point (1..k), dk or empty` });
      } else {
        answers[id] = value;
      }
    }
    responses.push({ respondentId, organisationId, role, answers });
    dataRows.push(row);
  });
  return { responses, rows: dataRows, problems };
}

function scoringProblem(error: ScoringError, rows: readonly number[]): CsvProblem {
  const row = error.index === undefined ? 0 : (rows[error.index] ?? 0);
  const column =
    error.itemId ??
    (error.code === "unknown-role" ? "role" : error.code === "duplicate-respondent" ? "respondent_id" : null);
  return { row, column, message: error.message };
}

/** The JSON document of `maturo score` (docs/architecture.md, "The `maturo` command"). */
function reportJson(report: ScoreReport, warnings: readonly string[]): Record<string, unknown> {
  return {
    respondents: report.respondents.map((respondent) => ({
      respondentId: respondent.respondentId,
      organisationId: respondent.organisationId,
      role: respondent.role,
      scores: respondent.scores,
    })),
    organisations: report.organisations.map((organisation) => ({
      organisationId: organisation.organisationId,
      n: organisation.n,
      scores: organisation.scores,
      profile: organisation.profile,
    })),
    items: report.items.map((item) => ({
      itemId: item.itemId,
      n: item.n,
      percentPositive: item.percentPositive,
    })),
    warnings,
  };
}

/** One row per respondent: the three id columns, then one score column per scored node (empty = null). */
function reportCsv(report: ScoreReport): string {
  const nodes = report.nodes.map((node) => node.id);
  return toCsv([
    [...FIXED_COLUMNS, ...nodes],
    ...report.respondents.map((respondent) => [
      respondent.respondentId,
      respondent.organisationId,
      respondent.role,
      ...nodes.map((node) => respondent.scores[node] ?? null),
    ]),
  ]);
}

async function loadPlan(
  pluginOption: readonly string[] | string | undefined,
  io: CliIo,
): Promise<ScoringPlan> {
  const listed = splitList(pluginOption);
  const plugins = await loadPluginsOrFail(listed.length > 0 ? listed : defaultPluginDirs(), io);
  const compiled = compileInstruments(
    plugins.map((plugin) => plugin.instrument),
    DEFAULT_FRAMEWORK,
  );
  const plan = createScoringPlan(compiled);
  if (!plan.ok)
    throw new CliError(
      "invalid-plugin",
      plan.errors.map((error) => error.message),
    );
  return plan.value;
}

export const score = defineCommand({
  name: "score",
  summary: "Score responses: respondents, organisations with profile, % positive per item",
  usage: `maturo score --responses FILE.csv [--plugins DIR,DIR] [--lenient] --format json|csv

FILE.csv has the header respondent_id,organisation_id,role,<item ids…> (any column order); a cell is
a point 1..k, dk ("don't know") or empty (not answered). Roles: director, manager, staff.
--plugins   plugin folders or package names (default: the four plugins of the repository)
--lenient   skip what is wrong (an unknown column, a row with an unknown role or a repeated
            respondent id, a bad cell, an answer to an item the respondent was not asked) and list
            it under "warnings" instead of failing
--format    json (default): { respondents, organisations, items, warnings };
            csv: one row per respondent: respondent_id, organisation_id, role, then one column per
            scored node (dimensions, their categories, context scales with items), empty = no score`,
  options: {
    responses: { type: "string" },
    plugins: { type: "string", multiple: true },
    lenient: { type: "boolean" },
    format: { type: "string" },
  },
  async run({ values, io }) {
    const format = parseFormat(values.format, ["json", "csv"]);
    if (values.responses === undefined)
      throw new CliError("missing-option", "--responses FILE.csv is required");
    const lenient = values.lenient === true;
    const plan = await loadPlan(values.plugins, io);
    const read = readResponses(plan, values.responses, io.cwd, lenient);
    const problems = [...read.problems];
    const report = scoreResponses(plan, read.responses, { lenient });
    if (!report.ok) problems.push(...report.errors.map((error) => scoringProblem(error, read.rows)));
    else problems.push(...report.value.warnings.map((error) => scoringProblem(error, read.rows)));
    problems.sort((a, b) => a.row - b.row);
    const lines = problems.map((problem) => `${values.responses}: ${describe(problem)}`);
    if (!report.ok || (!lenient && problems.length > 0)) throw new CliError("bad-responses", lines);
    if (lines.length > 0) io.stderr(`maturo score: skipped ${lines.length} problem(s) (--lenient)\n`);
    if (format === "json") printJson(io, reportJson(report.value, lines));
    else {
      for (const line of lines) io.stderr(`warning: ${line}\n`);
      io.stdout(reportCsv(report.value));
    }
    return 0;
  },
});
