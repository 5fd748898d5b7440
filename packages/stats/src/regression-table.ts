import { INTERCEPT_TERM, type OlsModel } from "./ols.js";
import { STAR_LEGEND, significanceStars } from "./significance-stars.js";

export interface TermGroup {
  readonly label: string;
  readonly terms: readonly string[];
}

export interface RegressionTableOptions {
  /** Column headings; default each model's dependent variable. */
  readonly labels?: readonly string[];
  /** Row groups in order (e.g. "Institutional pressure"); terms in no group follow without a heading. */
  readonly groups?: readonly TermGroup[];
  /** Display names for terms (default: the term itself). */
  readonly termLabels?: Readonly<Record<string, string>>;
  /** Standardised betas with stars instead of `b (s.e.)`. */
  readonly standardized?: boolean;
  /** Decimals (default 3). */
  readonly digits?: number;
  /** Table caption (LaTeX, HTML) or heading (markdown). */
  readonly title?: string;
}

export type TableRowKind = "group" | "term" | "constant" | "statistic";

export interface TableRow {
  readonly kind: TableRowKind;
  readonly label: string;
  /** One cell per model; empty for a term a model does not contain. */
  readonly cells: readonly string[];
}

/** A paper-style regression table, format-neutral: render it with the `render…` functions. */
export interface RegressionTable {
  readonly title: string | null;
  readonly columns: readonly string[];
  readonly rows: readonly TableRow[];
  readonly footnotes: readonly string[];
}

export function formatNumber(value: number, digits: number): string {
  const text = value.toFixed(digits);
  // No "-0.000": a value that rounds to zero is shown as zero.
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

/**
 * Several models side by side as in the seed's tables: predictors as rows (grouped), cells
 * `b (s.e.)` with significance stars (or standardised betas), then the constant, R², adjusted R²,
 * F with stars and N, and the star legend as a footnote. Robust standard errors are used for the
 * models fitted with them.
 */
export function regressionTable(
  models: readonly OlsModel[],
  options: RegressionTableOptions = {},
): RegressionTable {
  const digits = options.digits ?? 3;
  const standardized = options.standardized ?? false;
  const columns = models.map((m, j) => options.labels?.[j] ?? m.dependent);
  const label = (term: string): string => options.termLabels?.[term] ?? term;

  const allTerms: string[] = [];
  for (const model of models) {
    for (const c of model.coefficients) {
      if (c.term !== INTERCEPT_TERM && !allTerms.includes(c.term)) allTerms.push(c.term);
    }
  }

  const cell = (model: OlsModel, term: string): string => {
    const c = model.coefficients.find((k) => k.term === term);
    if (c === undefined) return "";
    if (c.aliased || c.estimate === null) return "(aliased)";
    const robust = model.robust !== undefined;
    const se = robust ? (c.robustStdError ?? null) : c.stdError;
    const p = robust ? (c.robustP ?? null) : c.p;
    const stars = significanceStars(p);
    if (standardized) return c.beta === null ? "" : `${formatNumber(c.beta, digits)}${stars}`;
    return `${formatNumber(c.estimate, digits)}${stars}${se === null ? "" : ` (${formatNumber(se, digits)})`}`;
  };

  const rows: TableRow[] = [];
  const placed = new Set<string>();
  for (const group of options.groups ?? []) {
    const terms = group.terms.filter((t) => allTerms.includes(t));
    if (terms.length === 0) continue;
    rows.push({ kind: "group", label: group.label, cells: models.map(() => "") });
    for (const term of terms) {
      placed.add(term);
      rows.push({ kind: "term", label: label(term), cells: models.map((m) => cell(m, term)) });
    }
  }
  for (const term of allTerms) {
    if (placed.has(term)) continue;
    rows.push({ kind: "term", label: label(term), cells: models.map((m) => cell(m, term)) });
  }
  rows.push({
    kind: "constant",
    label: "Constant",
    cells: models.map((m) => (standardized || !m.intercept ? "" : cell(m, INTERCEPT_TERM))),
  });
  const stat = (name: string, value: (m: OlsModel) => string): void => {
    rows.push({ kind: "statistic", label: name, cells: models.map(value) });
  };
  stat("R²", (m) => (m.rSquared === null ? "" : formatNumber(m.rSquared, digits)));
  stat("Adjusted R²", (m) => (m.adjRSquared === null ? "" : formatNumber(m.adjRSquared, digits)));
  stat("F", (m) =>
    m.fStatistic === null ? "" : `${formatNumber(m.fStatistic, digits)}${significanceStars(m.fPValue)}`,
  );
  stat("N", (m) => String(m.n));

  const footnotes: string[] = [
    standardized
      ? "Standardised coefficients (β)."
      : "Unstandardised coefficients with standard errors in parentheses.",
  ];
  const robustKinds = [...new Set(models.map((m) => m.robust).filter((r) => r !== undefined))];
  if (robustKinds.length > 0) {
    footnotes.push(
      `Heteroscedasticity-robust (${robustKinds.map((r) => r.toUpperCase()).join(", ")}) standard errors.`,
    );
  }
  if (models.some((m) => !m.intercept)) footnotes.push("Models without a constant report uncentred R².");
  footnotes.push(STAR_LEGEND);
  return { title: options.title ?? null, columns, rows, footnotes };
}
