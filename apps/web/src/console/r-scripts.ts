import type { RouterOutputs } from "../lib/trpc.js";

export type ExportVariables = RouterOutputs["exports"]["variables"];

export interface TableProvenance {
  campaignId: number;
  campaignName: string;
  instrumentHash: string;
  n: number;
  generatedAt: string;
}

/** An R string literal in ASCII only (other characters as \u escapes), so it runs in any locale. */
export function rString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === "\\" || ch === '"') out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (code < 0x20 || code > 0x7e)
      out += code > 0xffff ? `\\U{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return `${out}"`;
}

/** A comment line that stays ASCII. */
function comment(text: string): string {
  return `# ${text.replace(/[^\x20-\x7e]/g, "?")}`;
}

function header(what: string, p: TableProvenance, vars: ExportVariables): string[] {
  return [
    comment(`Maturo: ${what}`),
    comment(`campaign ${p.campaignId} "${p.campaignName}", instrument ${p.instrumentHash}`),
    comment(`N = ${p.n} respondents in the console's table, generated ${p.generatedAt}`),
    comment(
      `Reproduces the table from the exported data: put this script next to ${vars.dataFile} (the console's export, or maturo export --campaign ${p.campaignId} --format r --out DIR) and run Rscript on it.`,
    ),
    "# Base R only. Answers: 1..k, or -8 don't know, -9 not answered, -7 not asked; scores 0-100, empty when missing.",
    "",
    `maturo_file <- ${rString(vars.dataFile)}`,
    'if (!file.exists(maturo_file)) stop(paste("put this script next to", maturo_file))',
    'd <- read.csv(maturo_file, fileEncoding = "UTF-8-BOM", stringsAsFactors = FALSE, check.names = FALSE)',
    `cat("respondents in the export:", nrow(d), "\\n")`,
    'fmt <- function(x, digits = 3) ifelse(is.na(x), "", formatC(x, format = "f", digits = digits))',
    "",
  ];
}

function scoreVariable(vars: ExportVariables, nodeId: string): string {
  const found = vars.scores.find((s) => s.nodeId === nodeId);
  if (!found) throw new Error(`no score column for ${nodeId} in the export`);
  return found.variable;
}

/**
 * `lm()` per dependent on the export's score columns, listwise, printed in the seed's layout:
 * `b (s.e.)` with stars (+ p<.10, * p<.05, ** p<.01, *** p<.001), the constant, R², adjusted R², F, N.
 */
export function regressionRScript(
  p: TableProvenance,
  vars: ExportVariables,
  model: { dependents: readonly string[]; predictors: readonly string[]; labels: Record<string, string> },
): string {
  const ys = model.dependents.map((d) => scoreVariable(vars, d));
  const xs = model.predictors.map((x) => scoreVariable(vars, x));
  const lines = [
    ...header("regression table (OLS, unstandardised estimates)", p, vars),
    `predictors <- c(${xs.map(rString).join(", ")})`,
    `predictor_labels <- c(${model.predictors.map((x) => rString(model.labels[x] ?? x)).join(", ")})`,
    `dependents <- c(${ys.map(rString).join(", ")})`,
    `dependent_labels <- c(${model.dependents.map((y) => rString(model.labels[y] ?? y)).join(", ")})`,
    'stars <- function(p) ifelse(is.na(p), "", ifelse(p < .001, "***", ifelse(p < .01, "**", ifelse(p < .05, "*", ifelse(p < .10, "+", "")))))',
    "cell <- function(co, term) {",
    '  if (!(term %in% rownames(co))) return("")',
    '  paste0(fmt(co[term, 1]), stars(co[term, 4]), " (", fmt(co[term, 2]), ")")',
    "}",
    "columns <- list()",
    "models <- list()",
    "for (j in seq_along(dependents)) {",
    '  f <- as.formula(paste(dependents[j], "~", paste(predictors, collapse = " + ")))',
    "  m <- lm(f, data = d)",
    "  models[[dependents[j]]] <- m",
    "  s <- summary(m)",
    "  co <- coef(s)",
    "  fs <- s$fstatistic",
    '  fp <- pf(fs[["value"]], fs[["numdf"]], fs[["dendf"]], lower.tail = FALSE)',
    "  columns[[j]] <- c(",
    '    vapply(predictors, function(x) cell(co, x), ""),',
    '    cell(co, "(Intercept)"),',
    "    fmt(s$r.squared), fmt(s$adj.r.squared),",
    '    paste0(fmt(fs[["value"]]), stars(fp)),',
    "    as.character(nobs(m))",
    "  )",
    "}",
    "tab <- data.frame(",
    '  term = c(predictor_labels, "Constant", "R2", "Adjusted R2", "F", "N"),',
    "  do.call(cbind, columns), stringsAsFactors = FALSE, check.names = FALSE",
    ")",
    'names(tab) <- c("", dependent_labels)',
    "print(tab, row.names = FALSE, right = FALSE)",
    'cat("+ p<.10, * p<.05, ** p<.01, *** p<.001; b (s.e.)\\n")',
    "for (m in models) print(summary(m))",
    "",
  ];
  return lines.join("\n");
}

/** Cronbach's alpha per scale from the export's answer columns (missing codes as NA, listwise). */
export function reliabilityRScript(
  p: TableProvenance,
  vars: ExportVariables,
  scales: readonly { nodeId: string; label: string }[],
): string {
  const lines = [
    ...header("reliability per scale (Cronbach's alpha, listwise)", p, vars),
    "alpha <- function(x) {",
    "  x <- na.omit(x)",
    "  k <- ncol(x)",
    "  c(alpha = k / (k - 1) * (1 - sum(apply(x, 2, var)) / var(rowSums(x))), n = nrow(x), k = k)",
    "}",
    "scale_items <- function(items, reverse) {",
    "  x <- d[, items, drop = FALSE]",
    "  x[x < 0] <- NA",
    "  for (r in reverse) x[[r]] <- min(x, na.rm = TRUE) + max(x, na.rm = TRUE) - x[[r]]",
    "  x",
    "}",
    "rows <- list()",
  ];
  for (const scale of scales) {
    const items = vars.items.filter((i) => i.node === scale.nodeId && i.points > 2);
    if (items.length < 2) continue;
    const reverse = items.filter((i) => i.reverse).map((i) => i.variable);
    lines.push(
      `a <- alpha(scale_items(c(${items.map((i) => rString(i.variable)).join(", ")}), c(${reverse.map(rString).join(", ")})))`,
      `rows[[length(rows) + 1]] <- data.frame(scale = ${rString(scale.label)}, node = ${rString(scale.nodeId)}, k = a[["k"]], n = a[["n"]], alpha = fmt(a[["alpha"]]))`,
    );
  }
  lines.push("print(do.call(rbind, rows), row.names = FALSE, right = FALSE)", "");
  return lines.join("\n");
}

/** % positive per item (reverse-coded items mirrored) and the descriptives of every score column. */
export function descriptivesRScript(p: TableProvenance, vars: ExportVariables): string {
  const lines = [
    ...header("% positive per item and score descriptives", p, vars),
    "percent_positive <- function(x, points, positive, reverse) {",
    "  x <- x[!is.na(x) & x > 0]",
    "  if (reverse) x <- points + 1 - x",
    "  c(n = length(x), positive = if (length(x) == 0) NA else 100 * mean(x %in% positive))",
    "}",
    "items <- list(",
    ...vars.items.map(
      (i, index) =>
        `  list(variable = ${rString(i.variable)}, points = ${i.points}, positive = c(${i.positive.join(", ")}), reverse = ${i.reverse ? "TRUE" : "FALSE"})${index < vars.items.length - 1 ? "," : ""}`,
    ),
    ")",
    "item_table <- do.call(rbind, lapply(items, function(i) {",
    "  r <- percent_positive(d[[i$variable]], i$points, i$positive, i$reverse)",
    '  data.frame(item = i$variable, n = r[["n"]], percent_positive = fmt(r[["positive"]], 1))',
    "}))",
    "print(item_table, row.names = FALSE, right = FALSE)",
    `scores <- c(${vars.scores.map((s) => rString(s.variable)).join(", ")})`,
    "score_table <- do.call(rbind, lapply(scores, function(s) {",
    "  x <- d[[s]]; x <- x[!is.na(x)]",
    "  data.frame(score = s, n = length(x), mean = fmt(mean(x), 2), sd = fmt(sd(x), 2))",
    "}))",
    "print(score_table, row.names = FALSE, right = FALSE)",
    "",
  ];
  return lines.join("\n");
}
