import type { LocalizedText, NodeKind } from "@maturo/model";
import { profileFor } from "@maturo/scoring";
import type { Context } from "../context.js";
import { AppError } from "../errors.js";
import { loadInstrumentVersion } from "../shared/instrument-version.js";
import { type ReferenceFigure, referenceFor } from "../shared/reference-wave.js";
import { findInvitationByToken } from "./link-state.js";
import { responseScores } from "./queries.js";
import { respondentProof } from "./respondent-proof.js";

export interface OwnNodeResult {
  id: string;
  parent: string | null;
  kind: NodeKind;
  label: LocalizedText;
  /** The respondent's own score (0–100); null where missing under the scoring rules. */
  score: number | null;
  /** The reference wave's organisations on this node; null where it has too few or none. */
  reference: ReferenceFigure | null;
}

export interface OwnResult {
  campaign: { name: string };
  /** The framework profile of the respondent's own capability and legacy; null when either is missing. */
  profile: { id: string; name: LocalizedText; description: LocalizedText } | null;
  thresholds: { capability: number; legacy: number };
  axes: { capability: string; legacy: string };
  /** The nodes the respondent has a stored score row on, in framework order. */
  nodes: OwnNodeResult[];
  /** The wave the reference figures come from; null when there is no reference yet. */
  reference: { campaignName: string } | null;
}

/**
 * A respondent's own scores and profile against the reference (docs/decisions.md, "Own result"):
 * only on a device bound to the response (the one that answered, or one bound with the resume code),
 * only once submitted; a withdrawn response has nothing to show.
 */
export async function ownResult(
  ctx: Pick<Context, "db" | "secret" | "now" | "cookies">,
  token: string,
): Promise<OwnResult> {
  const invitation = await findInvitationByToken(ctx.db, ctx.secret, token);
  if (invitation.invitationStatus === "withdrawn") throw new AppError("survey.withdrawn");
  // The proof comes first, so another device cannot learn whether the respondent submitted.
  if ((await respondentProof(ctx, invitation.responseId)) !== "device")
    throw new AppError("survey.own-result-elsewhere");
  if (invitation.responseId === null || invitation.responseStatus !== "submitted")
    throw new AppError("survey.own-result-not-submitted");
  const version = await loadInstrumentVersion(
    ctx.db,
    invitation.instrumentVersionId,
    invitation.instrumentHash,
  );
  const { compiled } = version;
  const scores = await responseScores(ctx.db, invitation.responseId);
  const scored = compiled.nodes.filter((node) => scores.has(node.id));
  const reference = await referenceFor(
    ctx.db,
    { campaignId: invitation.campaignId, compiled, nodeIds: scored.map((node) => node.id) },
    ctx.now(),
  );
  const profile = profileFor(
    compiled,
    scores.get(compiled.axes.capability) ?? null,
    scores.get(compiled.axes.legacy) ?? null,
  );
  const profileTexts = profile && compiled.profiles.find((p) => p.id === profile.id);
  return {
    campaign: { name: invitation.campaignName },
    profile: profileTexts
      ? { id: profileTexts.id, name: profileTexts.name, description: profileTexts.description }
      : null,
    thresholds: { ...compiled.thresholds },
    axes: { ...compiled.axes },
    nodes: scored.map((node) => ({
      id: node.id,
      parent: node.parent,
      kind: node.kind,
      label: node.label,
      score: scores.get(node.id) ?? null,
      reference: reference?.nodes[node.id] ?? null,
    })),
    reference: reference ? { campaignName: reference.campaign.name } : null,
  };
}
