import { escapeFormula } from "./csv.js";
import type { ExportTable, ExportVariable, ValueLabel, VariableKind } from "./export-table.js";
import { formulaEscapeUndoLines } from "./formula-escape-undo.js";
import { spssString } from "./spss-string.js";

/** SPSS limits, in bytes of UTF-8. */
const VARIABLE_LABEL_BYTES = 255;
const VALUE_LABEL_BYTES = 120;
const FILE_LABEL_BYTES = 60;

/** Cut text to at most `max` UTF-8 bytes without splitting a character; newlines become spaces. */
export function truncateUtf8(text: string, max: number): string {
  const flat = text.replace(/[\r\n\t]+/g, " ");
  let bytes = 0;
  let out = "";
  for (const char of flat) {
    const size = Buffer.byteLength(char, "utf8");
    if (bytes + size > max) break;
    bytes += size;
    out += char;
  }
  return out;
}

/** Variable names, wrapped a few per line. */
function nameList(names: readonly string[]): string {
  const lines: string[] = [];
  for (let start = 0; start < names.length; start += 6) lines.push(names.slice(start, start + 6).join(" "));
  return lines.join("\n    ");
}

function utf8Width(values: readonly (string | null)[]): number {
  return Math.max(1, ...values.map((value) => (value === null ? 0 : Buffer.byteLength(value, "utf8"))));
}

/** SPSS input formats of the kinds whose width does not depend on the data. */
const INPUT_FORMAT: Readonly<Record<Exclude<VariableKind, "text">, string>> = {
  datetime: "YMDHMS19",
  answer: "F3.0",
  // No decimals in the input format: with F8.2 a field "50" would be read as 0.50.
  score: "F17.0",
};

function inputFormat(variable: ExportVariable, column: readonly (string | number | null)[]): string {
  if (variable.kind !== "text") return INPUT_FORMAT[variable.kind];
  // Wide enough for the cell as the CSV holds it, leading quote included (removed after reading).
  const texts = column.map((cell) => (typeof cell === "string" ? escapeFormula(cell) : null));
  return `A${Math.min(32767, utf8Width(texts))}`;
}

function valueLabelText(entry: ValueLabel): string {
  const value = typeof entry.value === "number" ? String(entry.value) : spssString(entry.value);
  return `${value} ${spssString(truncateUtf8(entry.label, VALUE_LABEL_BYTES))}`;
}

/** Group variables whose value labels are identical, so each label set is written once. */
function groupByLabels(variables: readonly ExportVariable[]): ExportVariable[][] {
  const groups = new Map<string, ExportVariable[]>();
  for (const variable of variables) {
    const labels = [
      ...variable.valueLabels,
      ...variable.missing.map((m) => ({ value: m.code, label: m.label })),
    ];
    if (labels.length === 0) continue;
    const key = JSON.stringify(labels);
    const group = groups.get(key);
    if (group) group.push(variable);
    else groups.set(key, [variable]);
  }
  return [...groups.values()];
}

export interface SpssSyntaxOptions {
  /** File name of the data CSV, resolved from the working directory (the export's folder). */
  readonly dataFile: string;
}

/**
 * SPSS syntax that reads the export's CSV and applies the whole dictionary: variable labels,
 * value labels for every scale point and every missing code, user-missing values −8/−9/−7,
 * measurement levels, display formats (2 decimals for scores), item attributes and the provenance
 * as data-file attributes. Runs unchanged in IBM SPSS Statistics and GNU PSPP.
 */
export function renderSpssSyntax(table: ExportTable, options: SpssSyntaxOptions): string {
  const { variables, rows, provenance } = table;
  const column = (index: number): (string | number | null)[] => rows.map((row) => row[index] ?? null);
  const out: string[] = [];
  const get = (key: string): string => String(provenance.find((entry) => entry.key === key)?.value ?? "");

  out.push("* Encoding: UTF-8.");
  out.push("* Maturo research export: SPSS syntax that reads the data file next to it.");
  for (const entry of provenance)
    out.push(`* ${entry.key}: ${String(entry.value).replace(/[\r\n]+/g, " ")}.`);
  out.push(`* Run from the folder that holds ${options.dataFile}, or put its full path in FILE HANDLE.`);
  out.push("");
  out.push(`FILE HANDLE maturo_data /NAME=${spssString(options.dataFile)}.`);
  out.push("GET DATA /TYPE=TXT /FILE=maturo_data /ENCODING='UTF8'");
  out.push("  /ARRANGEMENT=DELIMITED /DELCASE=LINE /FIRSTCASE=2");
  out.push(`  /DELIMITERS="," /QUALIFIER='"'`);
  out.push("  /VARIABLES=");
  variables.forEach((variable, index) => {
    out.push(`    ${variable.name} ${inputFormat(variable, column(index))}`);
  });
  out[out.length - 1] += ".";
  out.push("");

  out.push(
    ...formulaEscapeUndoLines(
      table,
      ({ name }) => `IF (SUBSTR(${name}, 1, 1) = "'") ${name} = SUBSTR(${name}, 2).`,
    ),
  );

  out.push("VARIABLE LABELS");
  const labelLines = variables.map(
    (variable, index) =>
      `  ${index === 0 ? "" : "/"}${variable.name} ${spssString(truncateUtf8(variable.label, VARIABLE_LABEL_BYTES))}`,
  );
  out.push(`${labelLines.join("\n")}.`);
  out.push("");

  const groups = groupByLabels(variables);
  if (groups.length > 0) {
    out.push("VALUE LABELS");
    const blocks = groups.map((group, index) => {
      const first = group[0] as ExportVariable;
      const labels = [...first.valueLabels, ...first.missing.map((m) => ({ value: m.code, label: m.label }))];
      return `  ${index === 0 ? "" : "/"}${nameList(group.map((variable) => variable.name))}\n${labels.map((entry) => `    ${valueLabelText(entry)}`).join("\n")}`;
    });
    out.push(`${blocks.join("\n")}.`);
    out.push("");
  }

  const answers = variables.filter((variable) => variable.kind === "answer");
  if (answers.length > 0) {
    const codes = (answers[0] as ExportVariable).missing.map((m) => m.code).join(", ");
    out.push(`MISSING VALUES ${nameList(answers.map((variable) => variable.name))} (${codes}).`);
    out.push("");
  }

  const scores = variables.filter((variable) => variable.kind === "score");
  if (scores.length > 0) {
    out.push(`FORMATS ${nameList(scores.map((variable) => variable.name))} (F6.2).`);
  }
  const levels = (["nominal", "ordinal", "scale"] as const)
    .map((level) => ({ level, names: variables.filter((v) => v.measure === level).map((v) => v.name) }))
    .filter((entry) => entry.names.length > 0)
    .map((entry) => `${nameList(entry.names)} (${entry.level.toUpperCase()})`);
  out.push(`VARIABLE LEVEL ${levels.join("\n  /")}.`);
  out.push("");

  const items = variables.filter((variable) => variable.item !== null);
  if (items.length > 0) {
    out.push("VARIABLE ATTRIBUTE");
    const blocks = items.map((variable, index) => {
      const item = variable.item;
      if (!item) return "";
      const attributes = [
        `itemId(${spssString(item.id)})`,
        `node(${spssString(item.node)})`,
        `scale(${spssString(`${item.plugin}/${item.scale}`)})`,
        `reverse(${spssString(item.reverse ? "yes" : "no")})`,
        `roles(${spssString(item.roles.join(" "))})`,
      ];
      return `  ${index === 0 ? "" : "/"}VARIABLES=${variable.name} ATTRIBUTE=${attributes.join(" ")}`;
    });
    out.push(`${blocks.join("\n")}.`);
    out.push("");
  }

  out.push("DATAFILE ATTRIBUTE ATTRIBUTE=");
  out.push(`${provenance.map((entry) => `  ${entry.key}(${spssString(String(entry.value))})`).join("\n")}.`);
  out.push(`FILE LABEL ${spssString(truncateUtf8(`Maturo: ${get("campaign_name")}`, FILE_LABEL_BYTES))}.`);
  out.push("EXECUTE.");
  out.push("");
  out.push("* To keep an SPSS data file, remove the asterisk from the next line.");
  out.push(`* SAVE OUTFILE=${spssString(options.dataFile.replace(/\.csv$/i, ".sav"))}.`);
  return `\uFEFF${out.join("\n")}\n`;
}
