export { type ClusterKind, type ClusterRobust, clusterRobust } from "./cluster-robust.js";
export {
  type ConditionalReliability,
  type ConditionalReliabilityOptions,
  conditionalReliability,
  type ReliabilityFigure,
  type ReliabilityReason,
} from "./conditional-reliability.js";
export { type CorrelationMatrix, correlationMatrix } from "./correlation-matrix.js";
export {
  type CovarianceMoments,
  covarianceMatrix,
  covarianceMoments,
  pairwiseCovarianceMatrix,
} from "./covariance.js";
export { type AlphaItem, type AlphaOptions, type AlphaResult, cronbachAlpha } from "./cronbach-alpha.js";
export {
  type Cell,
  checkColumns,
  completeRows,
  type DataColumns,
  numericColumns,
  parseCell,
  rowCount,
} from "./data-columns.js";
export { type Descriptives, type DescriptivesOptions, describe, parseColumn } from "./descriptives.js";
export {
  compensatedSum,
  type DoubleDouble,
  dd,
  ddAdd,
  ddDiv,
  ddMul,
  ddSqrt,
  ddSub,
  ddToNumber,
  twoProd,
  twoSum,
} from "./double-double.js";
export { fCdf, fUpperTail } from "./f-distribution.js";
export { type FactorLevels, factorLevels } from "./factor-levels.js";
export { type FrequencyRow, type FrequencyTable, frequencyTable } from "./frequency-table.js";
export { type IccOptions, type IccResult, icc } from "./icc.js";
export { type BetaTails, incompleteBetaTails, regularizedIncompleteBeta } from "./incomplete-beta.js";
export {
  type ItemDescriptives,
  type ItemDescriptivesOptions,
  itemDescriptives,
  type PointCount,
} from "./item-descriptives.js";
export {
  type DesignColumn,
  type HcKind,
  type LeastSquaresOptions,
  type LeastSquaresSolution,
  type Precision,
  type SandwichParts,
  solveLeastSquares,
} from "./least-squares.js";
export { logBeta, logGamma } from "./log-gamma.js";
export {
  fitOls,
  fitOlsColumns,
  INTERCEPT_TERM,
  type OlsCoefficient,
  type OlsColumnsExtra,
  type OlsModel,
  type OlsOptions,
  type RobustKind,
} from "./ols.js";
export { type CsvTable, parseCsv } from "./parse-csv.js";
export { powerColumn } from "./power-column.js";
export { type Quartiles, quantile, quartiles } from "./quantile.js";
export { marginTotals, type RakeMargin, type RakeOptions, type RakeResult, rake } from "./rake.js";
export {
  type CsvColumnRequest,
  type CsvColumns,
  type CsvDelimiter,
  readCsvColumns,
} from "./read-csv.js";
export {
  type DecimalMark,
  formatNumber,
  REGRESSION_TABLE_TEXT,
  type RegressionTable,
  type RegressionTableOptions,
  type RegressionTableText,
  regressionTable,
  type TableRow,
  type TableRowKind,
  type TermGroup,
} from "./regression-table.js";
export { regressionTableRows } from "./regression-table-rows.js";
export { escapeHtml, renderHtml } from "./render-html.js";
export { escapeLatex, renderLatex } from "./render-latex.js";
export { renderMarkdown } from "./render-markdown.js";
export { STAR_LEGEND, significanceStars } from "./significance-stars.js";
export type { StatsError, StatsErrorCode, StatsResult } from "./stats-error.js";
export { studentTCdf, studentTTwoSidedP, studentTUpperTail } from "./student-t.js";
export { type TreatmentCoding, treatmentCoding, withTreatmentCoding } from "./treatment-coding.js";
