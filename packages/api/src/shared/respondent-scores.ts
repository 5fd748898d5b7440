import type { CompiledInstrument, Role } from "@maturo/model";
import { createScoringPlan, type ScoringPlan, scoreResponse } from "@maturo/scoring";
import { AppError } from "../errors.js";
import type { Db } from "./db.js";

const plans = new WeakMap<CompiledInstrument, ScoringPlan>();

/** The scoring plan of a compiled (immutable) instrument, built once per process. */
export function scoringPlanFor(compiled: CompiledInstrument): ScoringPlan {
  const cached = plans.get(compiled);
  if (cached) return cached;
  const plan = createScoringPlan(compiled);
  if (!plan.ok)
    throw new AppError("instrument.unscorable", { detail: plan.errors.map((e) => e.message).join("; ") });
  plans.set(compiled, plan.value);
  return plan.value;
}

export interface SubmittedResponse {
  responseId: number;
  campaignId: number;
  organisationId: number;
  role: Role;
  answers: Readonly<Record<string, number | "dk">>;
}

/**
 * Scores one response with @maturo/scoring (the only implementation of the rules) and stores a row
 * per scored node; null where the node is missing or not applicable for this respondent.
 */
export async function storeRespondentScores(
  db: Db,
  compiled: CompiledInstrument,
  response: SubmittedResponse,
): Promise<Record<string, number | null>> {
  const plan = scoringPlanFor(compiled);
  const scored = scoreResponse(plan, {
    respondentId: String(response.responseId),
    organisationId: String(response.organisationId),
    role: response.role,
    answers: response.answers,
  });
  if (!scored.ok)
    throw new AppError("survey.answers-unscorable", {
      detail: scored.errors.map((e) => e.message).join("; "),
    });
  await db.deleteFrom("respondent_scores").where("response_id", "=", response.responseId).execute();
  const rows = Object.entries(scored.value).map(([nodeId, score]) => ({
    response_id: response.responseId,
    node_id: nodeId,
    campaign_id: response.campaignId,
    organisation_id: response.organisationId,
    role: response.role,
    score,
  }));
  if (rows.length > 0) await db.insertInto("respondent_scores").values(rows).execute();
  return scored.value;
}
