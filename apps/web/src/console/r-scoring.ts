import { rList, rLogical, rString, rStrings } from "@maturo/exports/text";
import type { ExportVariables } from "./export-variables.js";

/** How scores are computed from the items (the API's `scoring` of a research result). */
export interface ScoringStructure {
  nodes: readonly { nodeId: string; parent: string | null; kind: string }[];
  minValidItemShare: number;
  minCategoryShare: number;
}

/**
 * R lines that recompute every score from the exported answers with the scoring rules written out
 * (docs/architecture.md, "Scoring rules") into the data frame `scores` (one column per node, named
 * as the export names the node's score), and print how far they lie from the stored scores in the
 * export. The answers are 1..k, -8 don't know, -9 not answered, -7 not asked.
 */
export function scoringLines(vars: ExportVariables, scoring: ScoringStructure): string[] {
  const scored = new Set(vars.scores.map((s) => s.nodeId));
  const withItems = new Set(vars.items.map((i) => i.node));
  const categories = scoring.nodes.filter(
    (n) => n.kind === "category" && scored.has(n.nodeId) && withItems.has(n.nodeId),
  );
  const dimensions = scoring.nodes.filter((n) => n.kind === "dimension" && scored.has(n.nodeId));
  const variableOf = new Map(vars.scores.map((s) => [s.nodeId, s.variable]));
  const items = vars.items.map(
    (i) =>
      `list(variable = ${rString(i.variable)}, node = ${rString(i.node ?? "")}, points = ${i.points}, reverse = ${rLogical(i.reverse)})`,
  );
  return [
    "# Scores recomputed from the answers with the scoring rules:",
    "# - an answer x on a k-point item scores (x - 1) / (k - 1) * 100, reverse-coded (k - x) / (k - 1) * 100;",
    '#   "don\'t know" (-8) and not answered (-9) are missing; not asked (-7) is not applicable;',
    `# - a category is the mean of its valid item scores when at least ${scoring.minValidItemShare} of its applicable`,
    "#   items are valid (not applicable when none is applicable);",
    `# - a dimension is the mean of its category scores when at least ${scoring.minCategoryShare} of its applicable`,
    "#   categories have a score.",
    `scoring_items <- ${rList(items)}`,
    `min_item_share <- ${scoring.minValidItemShare}`,
    `min_category_share <- ${scoring.minCategoryShare}`,
    "item_score <- function(x, k, reverse) {",
    "  x[x < 1 | x > k] <- NA",
    "  if (reverse) (k - x) / (k - 1) * 100 else (x - 1) / (k - 1) * 100",
    "}",
    "# A category's score and whether it applied, per respondent.",
    "category <- function(node) {",
    "  its <- Filter(function(i) i$node == node, scoring_items)",
    "  s <- do.call(cbind, lapply(its, function(i) item_score(d[[i$variable]], i$points, i$reverse)))",
    "  asked <- do.call(cbind, lapply(its, function(i) d[[i$variable]] != -7))",
    "  n_asked <- rowSums(asked)",
    "  n_valid <- rowSums(!is.na(s))",
    "  score <- ifelse(n_valid > 0 & n_valid >= min_item_share * n_asked, rowSums(s, na.rm = TRUE) / pmax(n_valid, 1), NA)",
    "  list(score = score, applies = n_asked > 0)",
    "}",
    `category_nodes <- ${rStrings(categories.map((c) => c.nodeId))}`,
    `category_parents <- ${rStrings(categories.map((c) => c.parent ?? ""))}`,
    `category_variables <- ${rStrings(categories.map((c) => variableOf.get(c.nodeId) ?? c.nodeId))}`,
    `dimension_nodes <- ${rStrings(dimensions.map((c) => c.nodeId))}`,
    `dimension_variables <- ${rStrings(dimensions.map((c) => variableOf.get(c.nodeId) ?? c.nodeId))}`,
    "scores <- data.frame(row.names = seq_len(nrow(d)))",
    "applies <- list()",
    "for (j in seq_along(category_nodes)) {",
    "  c_j <- category(category_nodes[j])",
    "  scores[[category_variables[j]]] <- c_j$score",
    "  applies[[category_variables[j]]] <- c_j$applies",
    "}",
    "for (j in seq_along(dimension_nodes)) {",
    "  children <- category_variables[category_parents == dimension_nodes[j]]",
    "  s <- as.matrix(scores[, children, drop = FALSE])",
    "  n_applies <- rowSums(do.call(cbind, applies[children]))",
    "  n_present <- rowSums(!is.na(s))",
    "  scores[[dimension_variables[j]]] <- ifelse(",
    "    n_present > 0 & n_present >= min_category_share * n_applies,",
    "    rowSums(s, na.rm = TRUE) / pmax(n_present, 1), NA",
    "  )",
    "}",
    "stored <- as.matrix(d[, names(scores)])",
    "recomputed <- as.matrix(scores)",
    'if (any(is.na(stored) != is.na(recomputed))) stop("a recomputed score is missing where the stored one is not, or the other way round")',
    'cat("largest difference between recomputed and stored scores:", format(max(abs(stored - recomputed), 0, na.rm = TRUE), digits = 3), "\\n\\n")',
  ];
}
