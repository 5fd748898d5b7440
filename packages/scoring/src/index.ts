/** Re-exported from @maturo/model, where the roles are defined. */
export { isRole } from "@maturo/model";
export { ANSWER_BLANK, ANSWER_DONT_KNOW, ANSWER_NOT_ASKED, roleCode } from "./answer-codes.js";
export {
  type Benchmark,
  type BenchmarkOptions,
  type BenchmarkScope,
  benchmarkOrganisation,
  type PeerScore,
  type WithheldReason,
} from "./benchmark.js";
export {
  type EncodedResponses,
  type EncodeOptions,
  encodeResponses,
  type ResponseInput,
} from "./encode-responses.js";
export { isPositiveAnswer, itemScore } from "./item-score.js";
export {
  type ItemStat,
  itemStat,
  type StrengthsAndChallenges,
  type StrengthsOptions,
  strengthsAndChallenges,
} from "./item-stats.js";
export {
  addScore,
  aggregateScores,
  EMPTY_MOMENTS,
  type Moments,
  mergeMoments,
  type NodeSummary,
  type RoleScore,
  roleGroupMoments,
  summarizeByRole,
  summarizeMoments,
} from "./node-summary.js";
export { type ProfileResult, type ProfileRules, profileFor } from "./profile.js";
export { type NodeBreakdown, type RoleGroupGap, roleBreakdown, type Spread } from "./role-breakdown.js";
export {
  type AnswerMatrix,
  CODE_SLOTS,
  checkMatrix,
  type MatrixScores,
  ROLE_COUNT,
  SCORE_MISSING,
  SCORE_NOT_APPLICABLE,
  SCORE_PRESENT,
  scoreAnswers,
  scoreMatrix,
} from "./score-matrix.js";
export {
  type OrganisationResult,
  type RespondentResult,
  type ScoreOptions,
  type ScoreReport,
  scoreResponse,
  scoreResponses,
} from "./score-responses.js";
export type { ScoringError, ScoringErrorCode, ScoringResult } from "./scoring-error.js";
export { createScoringPlan, type PlanTables, type ScoredNode, type ScoringPlan } from "./scoring-plan.js";
export {
  itemStats,
  type OrganisationSummary,
  organisationMoments,
  organisationSummary,
  respondentScores,
} from "./summaries.js";
