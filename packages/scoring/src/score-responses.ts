import type { NodeId, Role, ScoringRules } from "@maturo/model";
import { type EncodedResponses, encodeResponses, type ResponseInput } from "./encode-responses.js";
import type { ItemStat } from "./item-stats.js";
import { type MatrixScores, scoreMatrix } from "./score-matrix.js";
import type { ScoringError, ScoringResult } from "./scoring-error.js";
import type { ScoredNode, ScoringPlan } from "./scoring-plan.js";
import { itemStats, type OrganisationSummary, organisationSummary, respondentScores } from "./summaries.js";

export interface RespondentResult {
  readonly respondentId: string;
  readonly organisationId: string;
  readonly role: Role;
  /** Score (0–100) per scored node; null when missing or not applicable. */
  readonly scores: Record<NodeId, number | null>;
}

export interface OrganisationResult extends OrganisationSummary {
  readonly organisationId: string;
  /** Respondents of the organisation (with or without scores). */
  readonly n: number;
}

export interface ScoreReport {
  readonly nodes: readonly ScoredNode[];
  readonly respondents: readonly RespondentResult[];
  readonly organisations: readonly OrganisationResult[];
  /** % positive per item over all respondents, in plan order. */
  readonly items: readonly ItemStat[];
  /** With `lenient`: what was skipped. */
  readonly warnings: readonly ScoringError[];
  /** The columnar form the report was computed from. */
  readonly encoded: EncodedResponses;
  readonly matrix: MatrixScores;
}

export interface ScoreOptions {
  /** Override the framework's weighting of respondents in organisation scores. */
  readonly weighting?: ScoringRules["weighting"];
  /** Skip invalid responses and answers, listing them under `warnings`, instead of failing. */
  readonly lenient?: boolean;
}

/**
 * Score responses given as objects (docs/architecture.md, "Scoring rules"): a thin layer that encodes them into the answer
 * matrix, runs the one-pass scorer and reads the result back into objects.
 */
export function scoreResponses(
  plan: ScoringPlan,
  responses: readonly ResponseInput[],
  options: ScoreOptions = {},
): ScoringResult<ScoreReport> {
  const encoded = encodeResponses(
    plan,
    responses,
    options.lenient === undefined ? {} : { lenient: options.lenient },
  );
  if (!encoded.ok) return encoded;
  const { matrix, respondentIds, respondentRoles, organisationIds } = encoded.value;
  const result = scoreMatrix(plan, matrix);
  const weighting = options.weighting ?? plan.rules.weighting;
  const respondentCounts = new Array<number>(organisationIds.length).fill(0);
  const respondents = respondentIds.map((respondentId, r): RespondentResult => {
    const organisation = matrix.organisations[r] as number;
    respondentCounts[organisation] = (respondentCounts[organisation] ?? 0) + 1;
    return {
      respondentId,
      organisationId: organisationIds[organisation] as string,
      role: respondentRoles[r] as Role,
      scores: respondentScores(plan, result, r),
    };
  });
  const organisations = organisationIds.map(
    (organisationId, o): OrganisationResult => ({
      organisationId,
      n: respondentCounts[o] ?? 0,
      ...organisationSummary(plan, result, o, weighting),
    }),
  );
  return {
    ok: true,
    value: {
      nodes: plan.nodes,
      respondents,
      organisations,
      items: itemStats(plan, result),
      warnings: encoded.value.warnings,
      encoded: encoded.value,
      matrix: result,
    },
  };
}

/** Score one submitted response: its score per node (what the API stores on submission). */
export function scoreResponse(
  plan: ScoringPlan,
  response: ResponseInput,
): ScoringResult<Record<NodeId, number | null>> {
  const report = scoreResponses(plan, [response]);
  if (!report.ok) return report;
  const first = report.value.respondents[0];
  return first === undefined
    ? { ok: false, errors: [{ code: "bad-matrix", message: "the response was not scored" }] }
    : { ok: true, value: first.scores };
}
