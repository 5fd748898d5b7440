export { type Cell, type DataColumns, parseCell } from "./data-columns.js";
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
export { type BetaTails, incompleteBetaTails, regularizedIncompleteBeta } from "./incomplete-beta.js";
export {
  type DesignColumn,
  type HcKind,
  type LeastSquaresOptions,
  type LeastSquaresSolution,
  type Precision,
  powerColumn,
  solveLeastSquares,
} from "./least-squares.js";
export { logBeta, logGamma } from "./log-gamma.js";
export {
  fitOls,
  fitOlsColumns,
  INTERCEPT_TERM,
  type OlsCoefficient,
  type OlsModel,
  type OlsOptions,
  type RobustKind,
} from "./ols.js";
export type { StatsError, StatsErrorCode, StatsResult } from "./stats-error.js";
export { studentTCdf, studentTTwoSidedP, studentTUpperTail } from "./student-t.js";
