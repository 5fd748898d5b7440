import { benchmarkRefreshDue } from "@maturo/report/disclosure";
import type { Db } from "../shared/db.js";
import { perDatabase } from "../shared/per-database.js";
import { loadPeersState, type PeersState } from "./figure-state.js";
import {
  benchmarkPeers,
  type PeerOrganisation,
  readBenchmarkSnapshot,
  readBenchmarkSnapshotStamp,
  responseFingerprints,
  writeBenchmarkSnapshot,
} from "./queries.js";

interface ParsedSnapshot {
  readonly stamp: string;
  readonly basis: Record<string, string>;
  readonly state: PeersState;
}

/**
 * The last benchmark snapshot read per database and campaign, parsed: a campaign's snapshot is a few
 * hundred kB of JSON at thousands of organisations, replaced rarely. Checked against the stored
 * `updated_at` on every read, so a snapshot written by another process is read afresh.
 */
const parsedOf = perDatabase<ParsedSnapshot>();

async function storedSnapshot(db: Db, campaignId: number): Promise<ParsedSnapshot | null> {
  const stamp = await readBenchmarkSnapshotStamp(db, campaignId);
  if (stamp === undefined) return null;
  const parsed = parsedOf(db);
  const known = parsed.get(campaignId);
  if (known?.stamp === stamp) return known;
  const stored = await readBenchmarkSnapshot(db, campaignId);
  if (!stored) return null;
  const snapshot = {
    stamp: stored.updated_at,
    basis: JSON.parse(stored.basis) as Record<string, string>,
    state: JSON.parse(stored.state) as PeersState,
  };
  parsed.set(campaignId, snapshot);
  return snapshot;
}

/**
 * The organisations' scores the campaign's benchmarks are computed from, under the time rule with
 * organisations as the unit (docs/architecture.md, "Disclosure control"): one snapshot per campaign,
 * replaced only when enough organisations' respondents changed. A replacement recomputes only the
 * organisations whose respondents changed since the snapshot; the others' scores rest on the same
 * stored scores and are carried over.
 */
export async function shownPeers(
  db: Db,
  target: { campaignId: number; minimum: number; nodeIds: readonly string[]; now: Date },
): Promise<PeersState> {
  const stored = await storedSnapshot(db, target.campaignId);
  const basis = await responseFingerprints(db, target.campaignId);
  if (stored && !benchmarkRefreshDue(stored.basis, basis, target.minimum)) return stored.state;
  const changed = new Set(Object.keys(basis).filter((id) => stored?.basis[id] !== basis[id]));
  const fresh = await loadPeersState(
    db,
    target.campaignId,
    target.nodeIds,
    stored ? [...changed].map(Number) : undefined,
  );
  const scores: PeersState["scores"] = {};
  for (const id of Object.keys(basis)) {
    const score = changed.has(id) ? fresh.scores[id] : stored?.state.scores[id];
    if (score) scores[id] = score;
  }
  const organisations = Object.fromEntries(
    (await benchmarkPeers(db, target.campaignId, Object.keys(scores).map(Number))).map((o) => [
      String(o.id),
      o,
    ]),
  );
  const state = { scores, organisations };
  await writeBenchmarkSnapshot(db, {
    campaignId: target.campaignId,
    basis: JSON.stringify(basis),
    state: JSON.stringify(state),
    now: target.now,
  });
  parsedOf(db).set(target.campaignId, { stamp: target.now.toISOString(), basis, state });
  return state;
}

/**
 * The organisations a benchmark from `state` compares — its peers and the reader's own — with what
 * each was grouped by when the snapshot was taken, in id order. The reader's own organisation, when
 * the snapshot holds no score of it, and every organisation of a snapshot stored before the
 * attributes were, are read as they are now.
 */
export async function peerOrganisations(
  db: Db,
  campaignId: number,
  state: PeersState,
  organisationId: number,
): Promise<PeerOrganisation[]> {
  const ids = [...Object.keys(state.scores).map(Number), organisationId];
  if (!state.organisations) return benchmarkPeers(db, campaignId, ids);
  const kept = state.organisations;
  const known = Object.values(kept);
  const own = kept[String(organisationId)] ? [] : await benchmarkPeers(db, campaignId, [organisationId]);
  return [...known, ...own].sort((a, b) => a.id - b.id);
}
