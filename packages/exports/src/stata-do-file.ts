import type { ExportTable, ExportVariable, MissingReason, ValueLabel } from "./export-table.js";
import { formulaEscapeUndoLines } from "./formula-escape-undo.js";
import {
  STATA_CHAR_TEXT_CHARS,
  STATA_LABEL_CHARS,
  stataComment,
  stataString,
  truncateStataText,
} from "./stata-strings.js";
import { stataVariableNames } from "./variable-names.js";

/**
 * Stata's extended missing values for the three kinds of missing answers (docs/architecture.md,
 * "Scoring rules"): the CSV's −9 (not answered) becomes `.a`, −8 (don't know) `.b` and −7 (not
 * asked) `.c`.
 */
export const STATA_MISSING: Readonly<Record<MissingReason, ".a" | ".b" | ".c">> = {
  notAnswered: ".a",
  dontKnow: ".b",
  notAsked: ".c",
};

/** Value labels may be far longer in Stata; this keeps the do-file readable. */
const VALUE_LABEL_CHARS = 1000;
/** Names per line in a variable list. */
const NAMES_PER_LINE = 6;

export interface StataDoFileOptions {
  /** File name of the data CSV, resolved from Stata's working directory (the export's folder). */
  readonly dataFile: string;
}

/** `1/7 9 11/30` for the 1-based column positions. */
function numlist(positions: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < positions.length; ) {
    const start = positions[i] as number;
    let end = start;
    while (positions[i + 1] === end + 1) {
      end++;
      i++;
    }
    i++;
    parts.push(start === end ? String(start) : `${start}/${end}`);
  }
  return parts.join(" ");
}

/** A command over many variables, wrapped with `///` a few names per line. */
function wrapped(head: string, names: readonly string[], tail = ""): string {
  const lines: string[] = [];
  for (let start = 0; start < names.length; start += NAMES_PER_LINE) {
    lines.push(names.slice(start, start + NAMES_PER_LINE).join(" "));
  }
  return `${head} ${lines.join(" ///\n    ")}${tail}`;
}

function isNumeric(variable: ExportVariable): boolean {
  return variable.kind === "answer" || variable.kind === "score";
}

/** The value labels of an answer variable, the three missing kinds included, in Stata's form. */
function answerLabels(variable: ExportVariable): [string, string][] {
  const labels: [string, string][] = variable.valueLabels.map((entry: ValueLabel) => [
    String(entry.value),
    entry.label,
  ]);
  const missing = [...variable.missing].sort((a, b) =>
    STATA_MISSING[a.reason].localeCompare(STATA_MISSING[b.reason]),
  );
  for (const entry of missing) labels.push([STATA_MISSING[entry.reason], entry.label]);
  return labels;
}

function labelDefine(name: string, labels: readonly (readonly [string, string])[]): string {
  const lines = labels.map(
    ([value, label]) => `    ${value} ${stataString(truncateStataText(label, VALUE_LABEL_CHARS))}`,
  );
  return `label define ${name} ///\n${lines.join(" ///\n")}, replace`;
}

/**
 * A Stata do-file that reads the export's CSV and applies the dictionary. Run it in Stata 14 or
 * newer from the folder that holds the CSV (`cd` there, then `do maturo-….do`). It
 *
 * - imports the CSV with `import delimited` as UTF-8, by column position (`varnames(nonames)`,
 *   `rowrange(2)`), with `stringcols()` for text and dates and `numericcols()` for answers and
 *   scores (`asdouble`, so scores keep their precision), then renames the columns `v1`, `v2`, …
 *   to the export's names — names longer than Stata's 32 characters get a short name from
 *   `stataVariableNames`, listed in the comments at the top, in the codebook (`stata_variable`)
 *   and in the characteristic `maturo_csv_name`;
 * - undoes the leading `'` of the spreadsheet formula escape, turns `submitted_at` into a `%tc`
 *   date-time (UTC) and `role` into a labelled number (1 director, 2 manager, 3 staff);
 * - turns the missing codes into extended missing values with `mvdecode`: −9 not answered → `.a`,
 *   −8 don't know → `.b`, −7 not asked → `.c`;
 * - sets variable labels (the item texts, cut cleanly to Stata's 80 characters; the full text is
 *   kept in the characteristic `maturo_label`), value labels for every scale point and for `.a`,
 *   `.b`, `.c` (`label define` / `label values`, identical sets written once), 2 decimals for
 *   scores, item metadata and the provenance as characteristics, and a data label.
 *
 * Every text from the instrument is written with `stataString`, which survives Stata's comment,
 * macro and quote handling. Stata itself is not available where this package is built and tested:
 * the tests check the do-file with an independent strict reader of the commands it uses (every
 * variable exists, every value label is defined, every label fits), not by running Stata.
 */
export function renderStataDoFile(table: ExportTable, options: StataDoFileOptions): string {
  const { variables, rows, provenance } = table;
  const names = stataVariableNames(variables.map((variable) => variable.name));
  const nameOf = (variable: ExportVariable): string => names[variables.indexOf(variable)] as string;
  const of = (kind: ExportVariable["kind"]): ExportVariable[] => variables.filter((v) => v.kind === kind);
  const get = (key: string): string => String(provenance.find((entry) => entry.key === key)?.value ?? "");
  const out: string[] = [];

  out.push("* Maturo research export: Stata do-file that reads the data file next to it.");
  out.push("* Encoding: UTF-8. For Stata 14 or newer.");
  for (const entry of provenance) out.push(`* ${entry.key}: ${stataComment(String(entry.value))}`);
  out.push(
    `* Run it from the folder that holds ${stataComment(options.dataFile)}: cd to it, then do this file.`,
  );
  out.push("* Missing answers become extended missing values: -9 not answered = .a, -8 don't know = .b,");
  out.push("* -7 not asked = .c (each labelled). An empty score is missing (.).");
  const renamed = variables.flatMap((variable, index) =>
    names[index] === variable.name ? [] : [`*   ${variable.name} -> ${names[index]}`],
  );
  if (renamed.length > 0) {
    out.push("* Stata names have at most 32 characters; these CSV columns get a shorter name:");
    out.push(...renamed);
  }
  out.push("");
  out.push("version 14");

  if (rows.length === 0) {
    // import delimited finds no variables in a file with only a header: make them by hand.
    out.push("* The export holds no respondents: the variables are created empty.");
    out.push("clear");
    variables.forEach((variable, index) => {
      out.push(
        isNumeric(variable) ? `generate double ${names[index]} = .` : `generate str1 ${names[index]} = ""`,
      );
    });
  } else {
    const positions = (numeric: boolean): number[] =>
      variables.flatMap((variable, index) => (isNumeric(variable) === numeric ? [index + 1] : []));
    const types = [
      positions(false).length > 0 ? `stringcols(${numlist(positions(false))})` : "",
      positions(true).length > 0 ? `numericcols(${numlist(positions(true))}) asdouble` : "",
    ].filter((part) => part !== "");
    out.push(`import delimited using ${stataString(options.dataFile)}, clear ///`);
    out.push('    encoding("utf-8") delimiters(",") bindquotes(strict) stripquotes(default) ///');
    out.push(`    varnames(nonames) rowrange(2) ///\n    ${types.join(" ")}`);
    out.push("");
    // Columns come in as v1, v2, …; a name such as v5 may belong to another column, so those
    // go through a temporary name first.
    out.push("* The columns by position, as imported (v1, v2, …), get the export's names.");
    const imported = new Set(variables.map((_, index) => `v${index + 1}`));
    const detour = variables.flatMap((_, index) => (imported.has(names[index] as string) ? [index] : []));
    for (const index of detour) out.push(`rename v${index + 1} _maturo_col${index + 1}`);
    variables.forEach((_, index) => {
      if (!detour.includes(index)) out.push(`rename v${index + 1} ${names[index]}`);
    });
    for (const index of detour) out.push(`rename _maturo_col${index + 1} ${names[index]}`);
  }
  out.push("");

  out.push(
    ...formulaEscapeUndoLines(table, (variable) => {
      const name = nameOf(variable);
      return `replace ${name} = substr(${name}, 2, .) if substr(${name}, 1, 1) == char(39)`;
    }),
  );

  for (const variable of of("datetime")) {
    const name = nameOf(variable);
    out.push(`* ${name}: text YYYY-MM-DD HH:MM:SS (UTC) to a Stata date-time (%tc).`);
    out.push(`generate double _maturo_time = clock(${name}, "YMDhms")`);
    out.push("format _maturo_time %tcCCYY-NN-DD_HH:MM:SS");
    out.push(`order _maturo_time, after(${name})`);
    out.push(`drop ${name}`);
    out.push(`rename _maturo_time ${name}`);
    out.push("");
  }

  // Text with value labels (the role): a labelled number, codes in the order of the labels.
  const coded = of("text").filter((variable) => variable.valueLabels.length > 0);
  const codedLabels = new Map<ExportVariable, string>();
  for (const variable of coded) {
    const name = nameOf(variable);
    const label = `maturo_${name}`.slice(0, 32);
    codedLabels.set(variable, label);
    out.push(
      `* ${name}: ${variable.valueLabels.map((entry, index) => `${index + 1} = ${stataComment(String(entry.value))}`).join(", ")}.`,
    );
    out.push(
      labelDefine(
        label,
        variable.valueLabels.map((entry, index) => [String(index + 1), entry.label] as const),
      ),
    );
    out.push("generate byte _maturo_code = .");
    variable.valueLabels.forEach((entry, index) => {
      out.push(`replace _maturo_code = ${index + 1} if ${name} == ${stataString(String(entry.value))}`);
    });
    out.push(`order _maturo_code, after(${name})`);
    out.push(`drop ${name}`);
    out.push(`rename _maturo_code ${name}`);
    out.push(`label values ${name} ${label}`);
    out.push("");
  }

  const answers = of("answer");
  if (answers.length > 0) {
    const first = answers[0] as ExportVariable;
    const codes = [...first.missing]
      .sort((a, b) => STATA_MISSING[a.reason].localeCompare(STATA_MISSING[b.reason]))
      .map((entry) => `${entry.code}=${STATA_MISSING[entry.reason]}`)
      .join(" \\ ");
    out.push("* The missing codes of the CSV become extended missing values.");
    out.push(
      wrapped(
        "mvdecode",
        answers.map((variable) => nameOf(variable)),
        `, mv(${codes})`,
      ),
    );
    out.push("");
  }

  out.push("* Variable labels (Stata keeps 80 characters; a longer text is in char name[maturo_label]).");
  variables.forEach((variable, index) => {
    out.push(`label variable ${names[index]} ${stataString(truncateStataText(variable.label))}`);
  });
  out.push("");

  if (answers.length > 0) {
    out.push("* Value labels: every scale point and the three kinds of missing.");
    const sets = new Map<string, { labels: [string, string][]; names: string[] }>();
    for (const variable of answers) {
      const labels = answerLabels(variable);
      const key = JSON.stringify(labels);
      const set = sets.get(key);
      if (set) set.names.push(nameOf(variable));
      else sets.set(key, { labels, names: [nameOf(variable)] });
    }
    [...sets.values()].forEach((set, index) => {
      const label = `maturo_scale${index + 1}`;
      out.push(labelDefine(label, set.labels));
      out.push(wrapped("label values", set.names, ` ${label}`));
    });
    out.push("");
  }

  const scores = of("score");
  if (scores.length > 0) {
    out.push(wrapped("format", scores.map(nameOf), " %6.2f"));
    out.push("");
  }

  out.push("* Where each variable comes from, as characteristics (char list).");
  variables.forEach((variable, index) => {
    const name = names[index] as string;
    const chars: [string, string][] = [];
    if (name !== variable.name) chars.push(["maturo_csv_name", variable.name]);
    const item = variable.item;
    if (item) {
      chars.push(
        ["maturo_item", item.id],
        ["maturo_node", item.node],
        ["maturo_scale", `${item.plugin}/${item.scale}`],
        ["maturo_reverse", item.reverse ? "yes" : "no"],
        ["maturo_roles", item.roles.join(" ")],
      );
    } else if (variable.node) chars.push(["maturo_node", variable.node]);
    if (truncateStataText(variable.label) !== variable.label.trim()) {
      chars.push(["maturo_label", variable.label]);
    }
    for (const [key, value] of chars) {
      out.push(`char ${name}[${key}] ${stataString(truncateStataText(value, STATA_CHAR_TEXT_CHARS))}`);
    }
  });
  for (const entry of provenance) {
    out.push(
      `char _dta[${entry.key}] ${stataString(truncateStataText(String(entry.value), STATA_CHAR_TEXT_CHARS))}`,
    );
  }
  out.push(
    `label data ${stataString(truncateStataText(`Maturo: ${get("campaign_name")}`, STATA_LABEL_CHARS))}`,
  );
  out.push("");
  out.push("* To keep a Stata data file, remove the asterisk from the next line.");
  out.push(`* save ${stataString(options.dataFile.replace(/\.csv$/i, ".dta"))}, replace`);
  return `${out.join("\n")}\n`;
}
