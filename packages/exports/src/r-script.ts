import { ROLES } from "@maturo/model";
import type { ExportTable, ValueLabel, VariableKind } from "./export-table.js";
import { rString, rStrings } from "./r-literals.js";

/** `c(a = x, b = y)` over a few lines, names quoted with backticks only when needed. */
function rVector(entries: readonly (readonly [string, string])[], indent = "  "): string {
  if (entries.length === 0) return "character(0)";
  return `c(\n${entries.map(([name, value]) => `${indent}  ${rString(name)} = ${value}`).join(",\n")}\n${indent})`;
}

/** The `colClasses` R reads each kind of variable with. */
const COL_CLASS: Readonly<Record<VariableKind, string>> = {
  text: "character",
  datetime: "character",
  answer: "integer",
  score: "numeric",
};

function labelsVector(labels: readonly ValueLabel[]): string {
  return rVector(
    labels.map((entry) => [entry.label, String(entry.value)] as const),
    "  ",
  );
}

export interface RScriptOptions {
  /** File name of the data CSV, looked up next to the script (or in the working directory). */
  readonly dataFile: string;
}

/**
 * A base-R script (no packages) that reads the export's CSV into the data frame `maturo`:
 * answers stay integers with the missing codes −8/−9/−7 turned into `NA`, the kind of missing kept
 * per cell in the attribute `na_reason` (a factor: dont_know, not_answered, not_asked); variable
 * labels in attribute `label` and value labels in attribute `labels` (the convention haven and
 * labelled use); `maturo_as_factor()` turns an answer column into a labelled factor; `role` is a
 * factor; `submitted_at` a POSIXct in UTC. It ends by printing a summary.
 */
export function renderRScript(table: ExportTable, options: RScriptOptions): string {
  const { variables, provenance } = table;
  const answers = variables.filter((variable) => variable.kind === "answer");
  const scores = variables.filter((variable) => variable.kind === "score");
  const texts = variables.filter((variable) => variable.kind === "text");
  const missing = answers[0]?.missing ?? [];
  const reasonName = { dontKnow: "dont_know", notAnswered: "not_answered", notAsked: "not_asked" } as const;

  // Identical label sets are written once and shared.
  const labelSets: string[] = [];
  const labelSetOf = new Map<string, number>();
  for (const variable of answers) {
    const vector = labelsVector(variable.valueLabels);
    if (!labelSetOf.has(vector)) {
      labelSetOf.set(vector, labelSets.length);
      labelSets.push(vector);
    }
  }

  const out: string[] = [];
  out.push("# Maturo research export: base-R script that reads the data file next to it.");
  for (const entry of provenance) out.push(`# ${entry.key}: ${String(entry.value).replace(/[\r\n]+/g, " ")}`);
  out.push("# Run with `Rscript this-file.R`, or source() it: it creates the data frame `maturo`.");
  out.push("# Answers are integers; the missing codes -8 (don't know), -9 (not answered) and -7 (not asked)");
  out.push('# become NA, and attr(x, "na_reason") keeps which kind each NA was.');
  out.push("");
  out.push("maturo_dir <- local({");
  out.push('  arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)');
  out.push('  if (length(arg) > 0) dirname(normalizePath(sub("^--file=", "", arg[1]))) else getwd()');
  out.push("})");
  out.push(`maturo_file <- file.path(maturo_dir, ${rString(options.dataFile)})`);
  out.push(`if (!file.exists(maturo_file)) maturo_file <- ${rString(options.dataFile)}`);
  out.push("");
  out.push(
    `maturo_provenance <- ${rVector(
      provenance.map((entry) => [entry.key, rString(String(entry.value))] as const),
      "",
    )}`,
  );
  out.push("");
  out.push(
    `maturo_names <- c(\n${variables.map((variable) => `  ${rString(variable.name)}`).join(",\n")}\n)`,
  );
  out.push(
    `maturo_classes <- c(\n${variables.map((variable) => `  ${rString(COL_CLASS[variable.kind])}`).join(",\n")}\n)`,
  );
  out.push(
    "# The names are given, so a byte order mark in the header line does no harm; encoding only marks",
  );
  out.push("# the text as UTF-8 (it does not re-encode), which works in every locale.");
  out.push("maturo <- read.csv(");
  out.push("  maturo_file, header = TRUE, col.names = maturo_names, colClasses = maturo_classes,");
  out.push('  na.strings = "", encoding = "UTF-8", check.names = FALSE, stringsAsFactors = FALSE');
  out.push(")");
  out.push("");
  if (texts.length > 0) {
    out.push("# Undo the leading quote that protects text from running as a spreadsheet formula.");
    out.push(`for (v in ${rStrings(texts.map((variable) => variable.name))}) {`);
    out.push(`  maturo[[v]] <- sub("^'", "", maturo[[v]])`);
    out.push("}");
  }
  for (const variable of variables) {
    if (variable.kind === "datetime") {
      out.push(
        `maturo[[${rString(variable.name)}]] <- as.POSIXct(maturo[[${rString(variable.name)}]], tz = "UTC", format = "%Y-%m-%d %H:%M:%S")`,
      );
    }
  }
  const role = variables.find((variable) => variable.source === "role" && variable.kind === "text");
  if (role) {
    out.push(
      `maturo[[${rString(role.name)}]] <- factor(maturo[[${rString(role.name)}]], levels = ${rStrings(ROLES)})`,
    );
  }
  out.push("");
  out.push(
    `maturo_missing_codes <- c(${missing.map((entry) => `${reasonName[entry.reason]} = ${entry.code}L`).join(", ")})`,
  );
  out.push("maturo_set_missing <- function(x) {");
  out.push(
    "  reason <- factor(names(maturo_missing_codes)[match(x, maturo_missing_codes)], levels = names(maturo_missing_codes))",
  );
  out.push("  x[!is.na(reason)] <- NA_integer_");
  out.push('  attr(x, "na_reason") <- reason');
  out.push("  x");
  out.push("}");
  out.push("");
  out.push("# A labelled factor from an answer column (levels: the scale points, labels: their texts).");
  out.push("maturo_as_factor <- function(x) {");
  out.push('  labels <- attr(x, "labels")');
  out.push("  factor(as.vector(x), levels = unname(labels), labels = names(labels))");
  out.push("}");
  out.push("");
  for (const [index, vector] of labelSets.entries()) out.push(`maturo_scale_${index + 1} <- ${vector}`);
  out.push(`maturo_answer_vars <- ${rStrings(answers.map((variable) => variable.name))}`);
  out.push(`maturo_score_vars <- ${rStrings(scores.map((variable) => variable.name))}`);
  out.push("maturo_value_labels <- list(");
  out.push(
    answers
      .map(
        (variable) =>
          `  ${rString(variable.name)} = maturo_scale_${(labelSetOf.get(labelsVector(variable.valueLabels)) ?? 0) + 1}`,
      )
      .join(",\n"),
  );
  out.push(")");
  out.push(
    `maturo_variable_labels <- ${rVector(
      variables.map((variable) => [variable.name, rString(variable.label)] as const),
      "",
    )}`,
  );
  out.push("");
  out.push("for (v in maturo_answer_vars) {");
  out.push("  maturo[[v]] <- maturo_set_missing(maturo[[v]])");
  out.push('  attr(maturo[[v]], "labels") <- maturo_value_labels[[v]]');
  out.push("}");
  out.push(
    'for (v in names(maturo_variable_labels)) attr(maturo[[v]], "label") <- unname(maturo_variable_labels[[v]])',
  );
  out.push('attr(maturo, "provenance") <- as.list(maturo_provenance)');
  out.push("");
  out.push("# How often each kind of missing occurs, per answer variable.");
  out.push("maturo_missing <- do.call(rbind, lapply(maturo_answer_vars, function(v) {");
  out.push('  counts <- table(attr(maturo[[v]], "na_reason"))');
  out.push('  data.frame(variable = v, valid = sum(!is.na(maturo[[v]])), dont_know = counts[["dont_know"]],');
  out.push('    not_answered = counts[["not_answered"]], not_asked = counts[["not_asked"]])');
  out.push("}))");
  out.push("");
  out.push('cat("Maturo export:", maturo_provenance[["campaign_name"]], "\\n")');
  out.push(
    'cat("Campaign:", maturo_provenance[["campaign_id"]], " instrument hash:", maturo_provenance[["instrument_hash"]], "\\n")',
  );
  out.push(
    'cat("N =", nrow(maturo), " exported at", maturo_provenance[["exported_at_utc"]], "UTC; ids are pseudonymous\\n\\n")',
  );
  out.push("print(maturo_missing, row.names = FALSE)");
  out.push('cat("\\n")');
  out.push("if (length(maturo_score_vars) > 0) print(summary(maturo[maturo_score_vars]))");
  return `${out.join("\n")}\n`;
}
