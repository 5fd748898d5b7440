export { type BenchmarkRow, benchmarkRows } from "./benchmark-rows.js";
export { buildReport, type ReportInput, type ReportModel, type ShownReport } from "./build-report.js";
export { type ReportAxis, type ReportContext, reportContext } from "./context.js";
export {
  DISAGREEMENT_MAX_ROWS,
  DISAGREEMENT_MIN_POINTS,
  type Disagreement,
  type DisagreementRow,
  disagreement,
} from "./disagreement.js";
export * from "./disclosure/index.js";
export { fill } from "./fill.js";
export { createFormatter, type Formatter, localeTag, type ReaderLocale } from "./format.js";
export { type GapRow, gapRows } from "./gap-rows.js";
export type {
  BenchmarkScopeChoice,
  InstrumentItem,
  InstrumentLens,
  InstrumentNode,
  InstrumentProfile,
  OverviewScore,
  ReportInstrument,
  ReportOrganisation,
  ReportOverview,
  ShownOverview,
  TrendPoint,
  Weighting,
} from "./input.js";
export { type LensRow, lensRows } from "./lens-rows.js";
export { leverAdvice } from "./lever-advice.js";
export { leverSentences } from "./lever-text.js";
export { localize, type ReportMessage, say } from "./localize.js";
export { profileNodeIds } from "./node-order.js";
export { type PhrasedText, type Phrasing, phrasedByMeaning } from "./phrasing.js";
export { type Position, position } from "./position.js";
export { type ProfileRow, profileRows, profileScores } from "./profile-rows.js";
export {
  CATEGORY_ADVICE,
  type Recommendations,
  recommendationsFor,
  TAKEAWAYS,
  type Takeaway,
  type TakeawayResult,
  type WeakCategory,
} from "./recommendations.js";
export {
  type LeverRow,
  type LeverSection,
  leverSection,
  type ReferenceDriver,
  type ReferenceFigure,
  type ReferenceModel,
  type ReferenceRow,
  type ReferenceSection,
  type ReferenceSource,
  referenceSection,
} from "./reference-rows.js";
export { type RoleResponse, responsesByRole } from "./responses.js";
export { scopeLabel } from "./scope-label.js";
export { type Statement, type StatementRow, statementRows, strengthsAndChallenges } from "./statements.js";
export { type ReportTextKey, reportText } from "./texts.js";
export { type TrendFigure, trendFigure } from "./trend-series.js";
