import { benchmarkRefreshDue } from "@maturo/report/disclosure";
import type { Db } from "../shared/db.js";
import { loadPeersState, type PeersState } from "./figure-state.js";
import { readBenchmarkSnapshot, responseFingerprints, writeBenchmarkSnapshot } from "./queries.js";

/**
 * The organisations' scores the campaign's benchmarks are computed from, under the time rule with
 * organisations as the unit (docs/architecture.md, "Disclosure control"): one snapshot per campaign,
 * replaced only when enough organisations' respondents changed.
 */
export async function shownPeers(
  db: Db,
  target: { campaignId: number; minimum: number; nodeIds: readonly string[]; now: Date },
): Promise<PeersState> {
  const stored = await readBenchmarkSnapshot(db, target.campaignId);
  const shownBasis = stored ? (JSON.parse(stored.basis) as Record<string, string>) : null;
  const basis = await responseFingerprints(db, target.campaignId);
  if (stored && !benchmarkRefreshDue(shownBasis, basis, target.minimum))
    return JSON.parse(stored.state) as PeersState;
  const state = await loadPeersState(db, target.campaignId, target.nodeIds);
  await writeBenchmarkSnapshot(db, {
    campaignId: target.campaignId,
    basis: JSON.stringify(basis),
    state: JSON.stringify(state),
    now: target.now,
  });
  return state;
}
