import type { ClusterKind } from "./cluster-robust.js";
import { INTERCEPT_TERM, type OlsModel } from "./ols.js";
import { STAR_LEGEND, significanceStars } from "./significance-stars.js";

export interface TermGroup {
  readonly label: string;
  readonly terms: readonly string[];
}

/** Every text the table builder writes itself (not the column, term or group labels). */
export interface RegressionTableText {
  readonly constant: string;
  readonly rSquared: string;
  readonly adjustedRSquared: string;
  readonly fStatistic: string;
  readonly n: string;
  /** Cell of a coefficient dropped because its predictor is collinear with others. */
  readonly aliased: string;
  readonly unstandardizedNote: string;
  readonly standardizedNote: string;
  /** `{kinds}` is replaced by the robust kinds, e.g. "HC1, HC3". */
  readonly robustNote: string;
  readonly uncentredNote: string;
  /** `{cluster}`, `{kind}` and `{clusters}` (G, or its range over the models) are replaced. */
  readonly clusterNote: string;
  /** The kind of cluster-robust errors, per `ClusterKind`. */
  readonly clusterKinds: Readonly<Record<ClusterKind, string>>;
  /** `{weights}` is replaced by the weight column(s). */
  readonly weightsNote: string;
  readonly starLegend: string;
}

export type DecimalMark = "." | ",";

/** The English texts (the default) and Dutch ones, with the decimal mark each language writes. */
export const REGRESSION_TABLE_TEXT: Readonly<
  Record<"en" | "nl", { readonly text: RegressionTableText; readonly decimalMark: DecimalMark }>
> = {
  en: {
    decimalMark: ".",
    text: {
      constant: "Constant",
      rSquared: "R²",
      adjustedRSquared: "Adjusted R²",
      fStatistic: "F",
      n: "N",
      aliased: "(aliased)",
      unstandardizedNote: "Unstandardised coefficients with standard errors in parentheses.",
      standardizedNote: "Standardised coefficients (β).",
      robustNote: "Heteroscedasticity-robust ({kinds}) standard errors.",
      uncentredNote: "Models without a constant report uncentred R².",
      clusterNote: "Cluster-robust standard errors by {cluster} ({kind}; G = {clusters} clusters).",
      clusterKinds: { cr1: "CR1, t on G − 1 df", cr2: "CR2, Satterthwaite df" },
      weightsNote: "Weighted least squares (weights: {weights}).",
      starLegend: STAR_LEGEND,
    },
  },
  nl: {
    decimalMark: ",",
    text: {
      constant: "Constante",
      rSquared: "R²",
      adjustedRSquared: "Aangepaste R²",
      fStatistic: "F",
      n: "N",
      aliased: "(collineair)",
      unstandardizedNote: "Ongestandaardiseerde coëfficiënten met standaardfouten tussen haakjes.",
      standardizedNote: "Gestandaardiseerde coëfficiënten (β).",
      robustNote: "Heteroscedasticiteitsrobuuste ({kinds}) standaardfouten.",
      uncentredNote: "Modellen zonder constante rapporteren de ongecentreerde R².",
      clusterNote: "Clusterrobuuste standaardfouten per {cluster} ({kind}; G = {clusters} clusters).",
      clusterKinds: { cr1: "CR1, t met G − 1 vrijheidsgraden", cr2: "CR2, Satterthwaite-vrijheidsgraden" },
      weightsNote: "Gewogen kleinste kwadraten (gewichten: {weights}).",
      starLegend: "+ p < ,10; * p < ,05; ** p < ,01; *** p < ,001",
    },
  },
};

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
  /**
   * The texts the builder writes (row names, notes, star legend); default English. Pass
   * `REGRESSION_TABLE_TEXT.nl.text` for Dutch, or override single texts.
   */
  readonly text?: Partial<RegressionTableText>;
  /**
   * Decimal mark of the numbers in the cells (default "."); "," for Dutch. The markdown, LaTeX and
   * HTML renderers show the cells as they are; `renderCsv` always writes a decimal point, because a
   * CSV file is data to be read by other programs.
   */
  readonly decimalMark?: DecimalMark;
  /** Notes of the caller placed before the star legend (e.g. the level of analysis). */
  readonly notes?: readonly string[];
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
  /** Decimal mark used in the cells; absent means ".". */
  readonly decimalMark?: DecimalMark;
}

export function formatNumber(value: number, digits: number, decimalMark: DecimalMark = "."): string {
  const text = value.toFixed(digits);
  // No "-0.000": a value that rounds to zero is shown as zero.
  const plain = /^-0\.?0*$/.test(text) ? text.slice(1) : text;
  return decimalMark === "." ? plain : plain.replace(".", decimalMark);
}

/**
 * Several models side by side as in the seed's tables: predictors as rows (grouped), cells
 * `b (s.e.)` with significance stars (or standardised betas), then the constant, R², adjusted R²,
 * F with stars and N, and the star legend as a footnote. Robust standard errors are used for the
 * models fitted with them. Texts and the decimal mark follow `options.text` / `options.decimalMark`
 * (English and "." by default).
 */
export function regressionTable(
  models: readonly OlsModel[],
  options: RegressionTableOptions = {},
): RegressionTable {
  const digits = options.digits ?? 3;
  const decimalMark = options.decimalMark ?? ".";
  const words: RegressionTableText = { ...REGRESSION_TABLE_TEXT.en.text, ...options.text };
  const num = (value: number): string => formatNumber(value, digits, decimalMark);
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
    if (c.aliased || c.estimate === null) return words.aliased;
    // Cluster-robust errors take precedence over heteroscedasticity-robust ones, which take it over OLS's.
    const clustered = model.cluster !== undefined;
    const robust = model.robust !== undefined;
    const se = clustered ? (c.clusterStdError ?? null) : robust ? (c.robustStdError ?? null) : c.stdError;
    const p = clustered ? (c.clusterP ?? null) : robust ? (c.robustP ?? null) : c.p;
    const stars = significanceStars(p);
    if (standardized) return c.beta === null ? "" : `${num(c.beta)}${stars}`;
    return `${num(c.estimate)}${stars}${se === null ? "" : ` (${num(se)})`}`;
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
    label: words.constant,
    cells: models.map((m) => (standardized || !m.intercept ? "" : cell(m, INTERCEPT_TERM))),
  });
  const stat = (name: string, value: (m: OlsModel) => string): void => {
    rows.push({ kind: "statistic", label: name, cells: models.map(value) });
  };
  stat(words.rSquared, (m) => (m.rSquared === null ? "" : num(m.rSquared)));
  stat(words.adjustedRSquared, (m) => (m.adjRSquared === null ? "" : num(m.adjRSquared)));
  stat(words.fStatistic, (m) =>
    m.fStatistic === null ? "" : `${num(m.fStatistic)}${significanceStars(m.fPValue)}`,
  );
  stat(words.n, (m) => String(m.n));

  const footnotes: string[] = [standardized ? words.standardizedNote : words.unstandardizedNote];
  const robustKinds = [
    ...new Set(
      models
        .filter((m) => m.cluster === undefined)
        .map((m) => m.robust)
        .filter((r) => r !== undefined),
    ),
  ];
  if (robustKinds.length > 0) {
    footnotes.push(words.robustNote.replace("{kinds}", robustKinds.map((r) => r.toUpperCase()).join(", ")));
  }
  const clustered = models.filter((m) => m.cluster !== undefined);
  const clusterKinds = [...new Set(clustered.map((m) => m.clusterType ?? "cr1"))];
  if (clustered.length > 0) {
    const counts = clustered.map((m) => m.clusters ?? 0);
    const low = Math.min(...counts);
    const high = Math.max(...counts);
    footnotes.push(
      words.clusterNote
        .replace("{cluster}", [...new Set(clustered.map((m) => m.cluster))].join(", "))
        .replace("{kind}", clusterKinds.map((k) => words.clusterKinds[k]).join("; "))
        .replace("{clusters}", low === high ? String(low) : `${low}–${high}`),
    );
  }
  const weights = [...new Set(models.map((m) => m.weights).filter((w) => w !== undefined))];
  if (weights.length > 0) footnotes.push(words.weightsNote.replace("{weights}", weights.join(", ")));
  if (models.some((m) => !m.intercept)) footnotes.push(words.uncentredNote);
  footnotes.push(...(options.notes ?? []), words.starLegend);
  return {
    title: options.title ?? null,
    columns,
    rows,
    footnotes,
    ...(decimalMark === "." ? {} : { decimalMark }),
  };
}
