import { ROLES, type Role } from "@maturo/model";
import { summarizeByRole } from "@maturo/scoring";
import { answerCounts, type RoleMoments, scoreMoments } from "../shared/aggregates.js";
import type { Db } from "../shared/db.js";
import { submittedByRole } from "../shared/submitted-responses.js";

/** What one organisation's key-user figures are computed from: aggregates only, never a respondent. */
export interface OwnState {
  /** Submitted respondents per role behind the figures. */
  readonly roles: Record<Role, number>;
  /** Moments per node and role of stored scores. */
  readonly nodes: Record<string, RoleMoments>;
  /** Answer counts per item and point ("don't know" is point null). */
  readonly answers: { itemId: string; point: number | null; n: number }[];
}

/** The benchmark peers' equal-weighted scores per node (organisation id → node id → score). */
export interface PeersState {
  readonly scores: Record<string, Record<string, number | null>>;
}

/** The current aggregates of one organisation in one campaign. */
export async function loadOwnState(db: Db, campaignId: number, organisationId: number): Promise<OwnState> {
  const moments = (await scoreMoments(db, { campaignId, organisationId })).get(organisationId);
  return {
    roles: await submittedByRole(db, campaignId, organisationId),
    nodes: Object.fromEntries(moments ?? []),
    answers: await answerCounts(db, { campaignId, organisationId }),
  };
}

/**
 * Every organisation's current score on the benchmark nodes. Benchmarks compare organisations with
 * equal weighting whatever the reader chose, so no choice of weighting changes a peer's contribution.
 */
export async function loadPeersState(
  db: Db,
  campaignId: number,
  nodeIds: readonly string[],
): Promise<PeersState> {
  const all = await scoreMoments(db, { campaignId });
  const scores: Record<string, Record<string, number | null>> = {};
  for (const [organisationId, nodes] of all) {
    const row: Record<string, number | null> = {};
    for (const nodeId of nodeIds) {
      const byRole = nodes.get(nodeId);
      const n = byRole ? ROLES.reduce((sum, role) => sum + byRole[role].n, 0) : 0;
      row[nodeId] = byRole && n > 0 ? summarizeByRole(byRole, "equal").mean : null;
    }
    scores[String(organisationId)] = row;
  }
  return { scores };
}
