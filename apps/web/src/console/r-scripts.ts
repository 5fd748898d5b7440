import { rComment, rList, rLogical, rNumbers, rString, rStrings } from "@maturo/exports/text";
import type { RouterOutputs } from "../lib/trpc.js";
import type { ExportVariables } from "./export-variables.js";
import { type ScoringStructure, scoringLines } from "./r-scoring.js";

export interface TableProvenance {
  campaignId: number;
  campaignName: string;
  instrumentHash: string;
  n: number;
  generatedAt: string;
}

/**
 * A table script: what every one starts with — its provenance, reading the exported CSV, and the R
 * helpers `fmt` (a number exactly as the console shows it) and `show` (a titled table, one line a
 * row) — then the script's own lines.
 */
function tableScript(
  what: string,
  p: TableProvenance,
  vars: ExportVariables,
  body: readonly string[],
): string {
  return [
    rComment(`Maturo: ${what}`),
    rComment(`campaign ${p.campaignId} "${p.campaignName}", instrument ${p.instrumentHash}`),
    rComment(`N = ${p.n} respondents in the console's table, generated ${p.generatedAt}`),
    rComment(
      `Reproduces the table from the exported data: put this script next to ${vars.dataFile} (the console's export, or maturo export --campaign ${p.campaignId} --format r --out DIR) and run Rscript on it.`,
    ),
    "# Base R, plus sandwich, clubSandwich and survey where the table uses them. Answers: 1..k, or -8 don't know,",
    "# -9 not answered, -7 not asked; scores 0-100, empty when missing.",
    "",
    "options(width = 1000) # a table row stays on one line",
    `maturo_file <- ${rString(vars.dataFile)}`,
    'if (!file.exists(maturo_file)) stop(paste("put this script next to", maturo_file))',
    'd <- read.csv(maturo_file, fileEncoding = "UTF-8-BOM", stringsAsFactors = FALSE, check.names = FALSE)',
    'cat("respondents in the export:", nrow(d), "\\n\\n")',
    "# A number as the console shows it: `digits` decimals, a half rounded away from zero (C's printf",
    "# would round it to even; a half is one to 1e-9, since a mean such as 1.525 is a half that binary",
    '# floating point stores a hair above or below), no "-0.000"; "NA" when missing.',
    "fmt <- function(x, digits = 3) {",
    "  scaled <- abs(x) * 10^digits",
    "  half <- !is.na(x) & abs(scaled - floor(scaled) - 0.5) < 1e-9 * pmax(1, scaled)",
    "  x[half] <- sign(x[half]) * (floor(scaled[half]) + 1) / 10^digits",
    '  out <- sub("^-(0\\\\.?0*)$", "\\\\1", formatC(x, format = "f", digits = digits))',
    '  ifelse(is.na(x), "NA", out)',
    "}",
    "show <- function(title, table) {",
    '  cat(title, "\\n", sep = "")',
    "  print(table, row.names = FALSE, right = FALSE)",
    '  cat("\\n")',
    "}",
    "",
    ...body,
    "",
  ].join("\n");
}

function scoreVariable(vars: ExportVariables, nodeId: string): string {
  const found = vars.scores.find((s) => s.nodeId === nodeId);
  if (!found) throw new Error(`no score column for ${nodeId} in the export`);
  return found.variable;
}

type Regression = RouterOutputs["research"]["regression"];

/** R lines that build the model frame `md` at the result's level, with its weights and controls. */
function modelDataLines(r: Regression): string[] {
  const lines = [
    "# An identified export names organisations by code; a pseudonymised one by its pseudonym.",
    'organisation <- if ("organisation_code" %in% names(d)) d$organisation_code else d$organisation_pseudonym',
    "md <- data.frame(scores, organisation = organisation, province = d$province, size_class = d$size_class, role = d$role, check.names = FALSE, stringsAsFactors = FALSE)",
  ];
  if (r.weighting || r.controls.length > 0)
    lines.push(
      "# Raking and controls need every organisation's province and size class, which a pseudonymised",
      "# export leaves out where a province x size class cell is small: such a table needs the identified export.",
      'if (anyNA(md$province) || anyNA(md$size_class)) stop("this table rakes or controls on province and size class; the pseudonymised export coarsens them: run it on an identified export")',
    );
  if (r.weighting) {
    const margin = (variable: string): string => {
      const totals = r.weighting?.margins.find((m) => m.variable === variable)?.totals ?? {};
      return `data.frame(${variable} = ${rStrings(Object.keys(totals))}, Freq = ${rNumbers(Object.values(totals))})`;
    };
    lines.push(
      "# Non-response weights: every responding organisation (unit starting weights) raked to the",
      "# population's counts per province and per size class.",
      "suppressPackageStartupMessages(library(survey))",
      'orgs <- unique(md[, c("organisation", "province", "size_class")])',
      "orgs$one <- 1",
      "design <- svydesign(ids = ~1, weights = ~one, data = orgs)",
      `raked <- rake(design, list(~province, ~size_class), list(${margin("province")}, ${margin("size_class")}), control = list(maxit = 100, epsilon = 1e-12))`,
      "orgs$weight <- weights(raked)",
      'cat("organisations raked:", nrow(orgs), "\\n")',
      "md$weight <- orgs$weight[match(md$organisation, orgs$organisation)]",
    );
  }
  if (r.level === "director") lines.push('md <- md[md$role == "director", ]');
  if (r.weighting && r.level !== "organisation") {
    lines.push(
      "# Each respondent carries its organisation's weight divided by the organisation's respondents.",
      "md$weight <- md$weight / as.vector(table(md$organisation)[md$organisation])",
    );
  }
  if (r.level === "organisation") {
    lines.push(
      "# One row per organisation: the mean of its respondents' scores (NA when none has one).",
      "node_columns <- names(scores)",
      "means <- aggregate(md[, node_columns], by = list(organisation = md$organisation), FUN = function(x) if (all(is.na(x))) NA else mean(x, na.rm = TRUE))",
      'strata <- md[!duplicated(md$organisation), setdiff(names(md), c(node_columns, "role"))]',
      'md <- merge(means, strata, by = "organisation", sort = FALSE)',
    );
  }
  for (const c of r.controls)
    lines.push(`md$${c.factor} <- factor(md$${c.factor}, levels = ${rStrings(c.levels)})`);
  return lines;
}

/** R lines computing `co`, a matrix with the estimate, its error and p per term, for model `m`. */
function errorLines(r: Regression): string[] {
  switch (r.errors) {
    case "cr1":
      return [
        "  g <- length(unique(mm$organisation))",
        '  v <- sandwich::vcovCL(m, cluster = mm$organisation, type = "HC1")',
        "  se <- sqrt(diag(v))",
        "  co <- cbind(coef(m), se, 2 * pt(abs(coef(m) / se), g - 1, lower.tail = FALSE))",
      ];
    case "cr2":
      return [
        '  ct <- clubSandwich::coef_test(m, vcov = "CR2", cluster = mm$organisation, test = "Satterthwaite")',
        "  co <- cbind(ct$beta, ct$SE, ct$p_Satt)",
        "  rownames(co) <- names(coef(m))",
      ];
    case "hc1":
    case "hc3":
      return [
        `  se <- sqrt(diag(sandwich::vcovHC(m, type = ${rString(r.errors.toUpperCase())})))`,
        "  co <- cbind(coef(m), se, 2 * pt(abs(coef(m) / se), df.residual(m), lower.tail = FALSE))",
      ];
    default:
      return ["  co <- coef(summary(m))[, c(1, 2, 4), drop = FALSE]"];
  }
}

/**
 * The regression table recomputed from the exported answers: the scores by the scoring rules, the
 * rows at the page's level, its weights (raked with survey::rake), its controls (treatment-coded
 * factors), `lm()` per dependent, listwise, and its errors (sandwich::vcovCL for CR1,
 * clubSandwich for CR2), printed in the seed's layout with the console's row labels: `b (s.e.)`
 * with stars (+ p<.10, * p<.05, ** p<.01, *** p<.001), the constant, R², adjusted R², F, N.
 */
export function regressionRScript(
  p: TableProvenance,
  vars: ExportVariables,
  r: Regression,
  model: { dependents: readonly string[]; predictors: readonly string[]; labels: Record<string, string> },
): string {
  const label = (nodeId: string): string => model.labels[nodeId] ?? nodeId;
  const terms = r.terms.map((t) =>
    model.predictors.includes(t.term) ? { term: scoreVariable(vars, t.term), label: label(t.term) } : t,
  );
  const factors = r.controls.map((c) => c.factor);
  return tableScript(
    `regression table (${r.level} level, ${r.errors} errors, ${r.weighting ? "raked weights" : "unweighted"})`,
    p,
    vars,
    [
      ...scoringLines(vars, r.scoring),
      ...modelDataLines(r),
      `predictors <- ${rStrings(model.predictors.map((x) => scoreVariable(vars, x)))}`,
      `factors <- ${rStrings(factors)}`,
      `terms <- ${rStrings(terms.map((t) => t.term))}`,
      `term_labels <- ${rStrings(terms.map((t) => t.label))}`,
      `dependents <- ${rStrings(model.dependents.map((y) => scoreVariable(vars, y)))}`,
      `dependent_labels <- ${rStrings(model.dependents.map(label))}`,
      'stars <- function(p) ifelse(is.na(p), "", ifelse(p < .001, "***", ifelse(p < .01, "**", ifelse(p < .05, "*", ifelse(p < .10, "+", "")))))',
      "cell <- function(m, co, term) {",
      "  b <- coef(m)",
      '  if (!(term %in% names(b))) return("")',
      '  if (is.na(b[[term]])) return("(aliased)")',
      '  paste0(fmt(co[term, 1]), stars(co[term, 3]), " (", fmt(co[term, 2]), ")")',
      "}",
      "columns <- list()",
      "for (j in seq_along(dependents)) {",
      "  # Listwise: the rows with every model variable.",
      "  mm <- md[complete.cases(md[, c(dependents[j], predictors, factors)]), ]",
      '  f <- as.formula(paste0("`", dependents[j], "` ~ ", paste0("`", c(predictors, factors), "`", collapse = " + ")))',
      r.weighting ? "  m <- lm(f, data = mm, weights = weight)" : "  m <- lm(f, data = mm)",
      ...errorLines(r),
      "  s <- summary(m)",
      "  fs <- s$fstatistic",
      '  fp <- pf(fs[["value"]], fs[["numdf"]], fs[["dendf"]], lower.tail = FALSE)',
      "  columns[[j]] <- c(",
      '    vapply(terms, function(x) cell(m, co, x), ""),',
      '    cell(m, co, "(Intercept)"),',
      "    fmt(s$r.squared), fmt(s$adj.r.squared),",
      '    paste0(fmt(fs[["value"]]), stars(fp)),',
      "    as.character(nobs(m))",
      "  )",
      "}",
      "tab <- data.frame(",
      `  term = c(term_labels, "Constant", ${rString("R²")}, ${rString("Adjusted R²")}, "F", "N"),`,
      "  do.call(cbind, columns), stringsAsFactors = FALSE, check.names = FALSE",
      ")",
      'names(tab) <- c("", dependent_labels)',
      'show("Regression table: b (s.e.); + p<.10, * p<.05, ** p<.01, *** p<.001", tab)',
    ],
  );
}

/**
 * Cronbach's alpha and standardised alpha per scale from the export's answer columns, listwise, the
 * missing codes as NA, reverse-coded items as min + max − x: over the items asked of every
 * respondent of the scale, and separately with the conditional items (asked of some roles, or after
 * a filter question) over the respondents asked them — the item sets the console lists.
 */
export function reliabilityRScript(
  p: TableProvenance,
  vars: ExportVariables,
  scales: readonly {
    nodeId: string;
    label: string;
    core: readonly string[] | null;
    withConditional: readonly string[] | null;
  }[],
): string {
  const variableOf = new Map(vars.items.map((i) => [i.itemId, i]));
  const entry = (scale: { nodeId: string; label: string }, itemIds: readonly string[]): string => {
    const items = itemIds.flatMap((id) => {
      const found = variableOf.get(id);
      return found ? [found] : [];
    });
    return `list(node = ${rString(scale.nodeId)}, label = ${rString(scale.label)}, items = ${rStrings(items.map((i) => i.variable))}, reverse = ${rStrings(items.filter((i) => i.reverse).map((i) => i.variable))})`;
  };
  const core = scales.flatMap((s) => (s.core && s.core.length >= 2 ? [entry(s, s.core)] : []));
  const conditional = scales.flatMap((s) => (s.withConditional ? [entry(s, s.withConditional)] : []));
  return tableScript("reliability per scale (Cronbach's alpha, listwise)", p, vars, [
    `scales <- ${rList(core)}`,
    `with_conditional <- ${rList(conditional)}`,
    "# The scale's answers, the missing codes as NA, reverse-coded items mirrored over the observed range.",
    "scale_items <- function(items, reverse) {",
    "  x <- d[, items, drop = FALSE]",
    "  x[x < 1] <- NA",
    "  low <- min(x, na.rm = TRUE)",
    "  high <- max(x, na.rm = TRUE)",
    "  for (r in reverse) x[[r]] <- low + high - x[[r]]",
    "  na.omit(x)",
    "}",
    "# Alpha from the covariances; standardised alpha is the same formula on the correlations.",
    "alpha <- function(s) {",
    "  k <- ncol(s)",
    "  k / (k - 1) * (1 - sum(diag(s)) / sum(s))",
    "}",
    "alpha_table <- function(list_of_scales) do.call(rbind, lapply(list_of_scales, function(s) {",
    "  x <- scale_items(s$items, s$reverse)",
    "  data.frame(",
    "    node = s$node, k = ncol(x), n = nrow(x),",
    "    alpha = fmt(alpha(cov(x))), standardized_alpha = fmt(alpha(cor(x))), scale = s$label",
    "  )",
    "}))",
    `show(${rString("Cronbach's alpha per scale (items asked of everyone)")}, alpha_table(scales))`,
    `if (length(with_conditional) > 0) show(${rString("Cronbach's alpha with the conditional items (respondents asked them)")}, alpha_table(with_conditional))`,
  ]);
}

/** Strengths and challenges are drawn from capability and legacy statements only (as the API does). */
function isMaturityNode(node: string | null): boolean {
  return node !== null && /^(capability|legacy)\./.test(node);
}

/**
 * % positive per item (docs/architecture.md, "Scoring rules"), the campaign's strengths and challenges, and the descriptives of
 * every score column. `strengths` is how many strengths the console lists (at most half the items).
 */
export function descriptivesRScript(
  p: TableProvenance,
  vars: ExportVariables,
  options: { strengths: number; scoring: ScoringStructure },
): string {
  const items = vars.items.map(
    (i) =>
      `list(item = ${rString(i.itemId)}, variable = ${rString(i.variable)}, points = ${i.points}, positive = ${rNumbers(i.positive)}, reverse = ${rLogical(i.reverse)}, maturity = ${rLogical(isMaturityNode(i.node))})`,
  );
  return tableScript("% positive per item, strengths and challenges, score descriptives", p, vars, [
    `items <- ${rList(items)}`,
    "# The share of the valid answers (1..k; the missing codes are not) on a positive point; a",
    "# reverse-coded item's answer x counts when its mirror k + 1 - x is a positive point.",
    "percent_positive <- function(x, points, positive, reverse) {",
    "  x <- x[!is.na(x) & x >= 1 & x <= points]",
    "  if (reverse) x <- points + 1 - x",
    "  c(n = length(x), positive = if (length(x) == 0) NA else 100 * (sum(x %in% positive) / length(x)))",
    "}",
    "item_table <- do.call(rbind, lapply(items, function(i) {",
    "  r <- percent_positive(d[[i$variable]], i$points, i$positive, i$reverse)",
    '  data.frame(item = i$item, variable = i$variable, n = r[["n"]], percent_positive = r[["positive"]], maturity = i$maturity)',
    "}))",
    "shown <- function(t, digits) transform(t, percent_positive = fmt(percent_positive, digits))",
    'show("% positive per item", shown(item_table[, c("item", "variable", "n", "percent_positive")], 1))',
    "# Per item: asked (not -7), valid answers (1..k) as given, don't know (-8) as a share of those asked;",
    "# the distribution is the count of each point 1..k.",
    "describe_item <- function(i) {",
    "  x <- d[[i$variable]]",
    "  asked <- x[!is.na(x) & x != -7]",
    "  valid <- asked[asked >= 1 & asked <= i$points]",
    "  data.frame(",
    "    item = i$item, n_asked = length(asked), n_valid = length(valid),",
    "    mean = fmt(if (length(valid) > 0) mean(valid) else NA, 2), sd = fmt(if (length(valid) > 1) sd(valid) else NA, 2),",
    "    median = fmt(if (length(valid) > 0) median(valid) else NA, 1),",
    '    distribution = paste(tabulate(valid, nbins = i$points), collapse = "/"),',
    "    percent_dont_know = fmt(if (length(asked) > 0) 100 * sum(asked == -8) / length(asked) else NA, 1),",
    "    reverse = i$reverse",
    "  )",
    "}",
    'show("Item descriptives", do.call(rbind, lapply(items, describe_item)))',
    "# Strengths: the highest % positive (ties in questionnaire order), at most half of the maturity",
    "# statements (capability and legacy; not context questions) with an answer; challenges: the lowest",
    "# of the other ones.",
    `top <- ${options.strengths}`,
    "ranked <- item_table[item_table$n > 0 & item_table$maturity, ]",
    "ranked <- ranked[order(-ranked$percent_positive), ]",
    "strengths <- head(ranked, min(top, ceiling(nrow(ranked) / 2)))",
    "rest <- tail(ranked, nrow(ranked) - nrow(strengths))",
    "challenges <- head(rest[order(rest$percent_positive), ], top)",
    'show("Strengths (highest % positive)", shown(strengths[, c("item", "percent_positive")], 0))',
    'show("Challenges (lowest % positive)", shown(challenges[, c("item", "percent_positive")], 0))',
    ...scoringLines(vars, options.scoring),
    `score_nodes <- ${rStrings(vars.scores.map((s) => s.nodeId))}`,
    `score_variables <- ${rStrings(vars.scores.map((s) => s.variable))}`,
    "score_table <- do.call(rbind, lapply(seq_along(score_nodes), function(j) {",
    "  x <- scores[[score_variables[j]]]",
    "  x <- x[!is.na(x)]",
    "  data.frame(node = score_nodes[j], variable = score_variables[j], n = length(x), mean = fmt(mean(x), 1), sd = fmt(sd(x), 1))",
    "}))",
    'show("Scores per category (0-100)", score_table)',
  ]);
}
