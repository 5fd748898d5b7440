import { changedOrganisations, type RefreshDecision, refreshDecision } from "@maturo/report/disclosure";
import type { Db } from "../shared/db.js";
import { loadOwnState, loadPeersState, type OwnState, type PeersState } from "./figure-state.js";
import { readSnapshot, responseIdsByOrganisation, writeSnapshot } from "./queries.js";

interface Based<State, Basis> {
  readonly basis: Basis;
  readonly state: State;
}

export interface ShownFigures {
  /** The organisation's own aggregates as last shown, and the respondents they rest on. */
  readonly own: Based<OwnState, number[]>;
  /** Changes not yet shown and how many more until the own figures are refreshed. */
  readonly refresh: Pick<RefreshDecision, "pending" | "remaining">;
  /** The benchmark peers as last shown; only when asked for. */
  readonly peers: Based<PeersState, Record<string, number[]>> | null;
}

export interface ShownFiguresTarget {
  readonly campaignId: number;
  readonly organisationId: number;
  /** k: respondents that must change before the own figures move. */
  readonly minGroupSize: number;
  /** Organisations that must change before the benchmarks move; absent = no benchmarks needed. */
  readonly benchmark?: { readonly minimum: number; readonly nodeIds: readonly string[] } | undefined;
  readonly now: Date;
}

/**
 * The figures a key user is shown, under the time rule of docs/architecture.md ("Disclosure
 * control"): served from the stored snapshot until the respondents behind them (organisations for
 * benchmarks) changed by at least the threshold, then recomputed and stored. Every key-user figure is
 * computed from what this returns, never from live aggregates.
 */
export async function shownFigures(db: Db, target: ShownFiguresTarget): Promise<ShownFigures> {
  const { campaignId, organisationId } = target;
  const stored = await readSnapshot(db, campaignId, organisationId);
  const previousOwn = stored ? (JSON.parse(stored.own) as Based<OwnState, number[]>) : null;
  const previousPeers = stored?.peers
    ? (JSON.parse(stored.peers) as Based<PeersState, Record<string, number[]>>)
    : null;

  const currentOwn =
    (await responseIdsByOrganisation(db, campaignId, organisationId))[String(organisationId)] ?? [];
  const decision = refreshDecision(previousOwn?.basis ?? null, currentOwn, target.minGroupSize);
  const own =
    decision.refresh || !previousOwn
      ? { basis: currentOwn, state: await loadOwnState(db, campaignId, organisationId) }
      : previousOwn;

  let peers: ShownFigures["peers"] = previousPeers;
  let peersChanged = false;
  if (target.benchmark) {
    const current = await responseIdsByOrganisation(db, campaignId);
    delete current[String(organisationId)];
    const changed = previousPeers
      ? changedOrganisations(previousPeers.basis, current).length
      : Number.POSITIVE_INFINITY;
    if (changed >= target.benchmark.minimum) {
      peers = { basis: current, state: await loadPeersState(db, campaignId, target.benchmark.nodeIds) };
      peersChanged = true;
    }
  }
  if (own !== previousOwn || peersChanged)
    await writeSnapshot(db, {
      campaignId,
      organisationId,
      own: JSON.stringify(own),
      peers: peers ? JSON.stringify(peers) : null,
      now: target.now,
    });
  return {
    own,
    refresh: { pending: decision.pending, remaining: decision.remaining },
    peers: target.benchmark ? peers : null,
  };
}
