import { type CompiledInstrument, ROLES, type Role } from "@maturo/model";
import { discloseNode, type NodeDisclosure, type Weighting } from "@maturo/report/disclosure";
import { summarizeByRole } from "@maturo/scoring";
import {
  answerCountsByRole,
  answerCountsOverRoles,
  type RoleMoments,
  scoreMoments,
} from "../shared/aggregates.js";
import type { Db } from "../shared/db.js";
import { submittedByRole } from "../shared/submitted-responses.js";
import { type PeerOrganisation, scoredNodesByResponse } from "./queries.js";

/** What one organisation's key-user figures are computed from: aggregates only, never a respondent. */
export interface OwnState {
  /** Submitted respondents per role behind the figures. */
  readonly roles: Record<Role, number>;
  /** Moments per node and role of stored scores. */
  readonly nodes: Record<string, RoleMoments>;
  /** Answer counts per item and point ("don't know" is point null). */
  readonly answers: { itemId: string; point: number | null; n: number }[];
  /**
   * The same answer counts per role, for the items' management and staff figures; absent in a
   * snapshot stored before they were kept, whose figures then show no role groups per item.
   */
  readonly answersByRole?: { itemId: string; role: Role; point: number | null; n: number }[];
  /** Per dimension, respondents scored on some but not all of the dimension and its categories. */
  readonly incomplete: Record<string, number>;
}

/** Each dimension with its categories (the nodes whose per-respondent relation the rules guard). */
export type Families = Readonly<Record<string, readonly string[]>>;

/** The benchmark peers' equal-weighted scores per node (organisation id → node id → score). */
export interface PeersState {
  readonly scores: Record<string, Record<string, number | null>>;
  /**
   * What each organisation with a score was grouped by when the snapshot was taken (absent in
   * snapshots stored before issue 18): a changed province or size class moves the groups only with
   * the time rule, like a changed respondent.
   */
  readonly organisations?: Record<string, PeerOrganisation>;
}

/** Each dimension of the instrument with the categories under it. */
export function familiesOf(compiled: CompiledInstrument): Families {
  return Object.fromEntries(
    compiled.nodes
      .filter((node) => node.kind === "dimension")
      .map((dimension) => [
        dimension.id,
        compiled.nodes.filter((n) => n.parent === dimension.id && n.kind === "category").map((n) => n.id),
      ]),
  );
}

/** The current aggregates of one organisation in one campaign. */
export async function loadOwnState(
  db: Db,
  campaignId: number,
  organisationId: number,
  families: Families,
): Promise<OwnState> {
  const moments = (await scoreMoments(db, { campaignId, organisationId })).get(organisationId);
  const familyNodes = Object.entries(families).flatMap(([dimension, categories]) => [
    dimension,
    ...categories,
  ]);
  const scored = await scoredNodesByResponse(db, campaignId, organisationId, familyNodes);
  const incomplete: Record<string, number> = {};
  for (const [dimension, categories] of Object.entries(families)) {
    const family = [dimension, ...categories];
    incomplete[dimension] = [...scored.values()].filter((nodes) => {
      const present = family.filter((id) => nodes.has(id)).length;
      return present > 0 && present < family.length;
    }).length;
  }
  const answersByRole = await answerCountsByRole(db, { campaignId, organisationId });
  return {
    roles: await submittedByRole(db, campaignId, organisationId),
    nodes: Object.fromEntries(moments ?? []),
    answers: answerCountsOverRoles(answersByRole),
    answersByRole,
    incomplete,
  };
}

/** A node's figure from the state last shown, through the disclosure module. */
export function discloseShownNode(
  state: OwnState,
  nodeId: string,
  weighting: Weighting,
  k: number,
): NodeDisclosure | null {
  const byRole = state.nodes[nodeId];
  return byRole ? discloseNode(byRole, weighting, k, state.incomplete[nodeId] ?? 0) : null;
}

/**
 * Every organisation's current score on the benchmark nodes (or only the organisations listed).
 * Benchmarks compare organisations with equal weighting whatever the reader chose, so no choice of
 * weighting changes a peer's contribution.
 */
export async function loadPeersState(
  db: Db,
  campaignId: number,
  nodeIds: readonly string[],
  organisationIds?: readonly number[],
): Promise<PeersState> {
  const all = await scoreMoments(db, { campaignId, nodeIds, organisationIds });
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
