import { type RefreshDecision, refreshDecision } from "@maturo/report/disclosure";
import type { Db } from "../shared/db.js";
import { type Families, loadOwnState, type OwnState } from "./figure-state.js";
import { readSnapshot, responseIdsOf, writeSnapshot } from "./queries.js";

export interface ShownFigures {
  /** The submitted responses the figures rest on. */
  readonly basis: readonly number[];
  /** The organisation's aggregates as last shown. */
  readonly state: OwnState;
  /** Changes not yet shown and how many more until the figures are refreshed. */
  readonly refresh: Pick<RefreshDecision, "pending" | "remaining">;
}

export interface ShownFiguresTarget {
  readonly campaignId: number;
  readonly organisationId: number;
  /** k: respondents that must change before the figures move. */
  readonly minGroupSize: number;
  /** The instrument's dimensions with their categories. */
  readonly families: Families;
  readonly now: Date;
}

/**
 * An organisation's figures as its key users are shown them, under the time rule of
 * docs/architecture.md ("Disclosure control"): served from the stored snapshot until the respondents
 * behind them changed by at least k, then recomputed and stored. Every key-user figure of the
 * organisation is computed from what this returns, never from live aggregates.
 */
export async function shownFigures(db: Db, target: ShownFiguresTarget): Promise<ShownFigures> {
  const { campaignId, organisationId } = target;
  const stored = await readSnapshot(db, campaignId, organisationId);
  const shownBasis = stored ? (JSON.parse(stored.basis) as number[]) : null;
  const basis = await responseIdsOf(db, campaignId, organisationId);
  const decision = refreshDecision(shownBasis, basis, target.minGroupSize);
  const refresh = { pending: decision.pending, remaining: decision.remaining };
  if (stored && shownBasis && !decision.refresh)
    return { basis: shownBasis, state: JSON.parse(stored.state) as OwnState, refresh };
  const state = await loadOwnState(db, campaignId, organisationId, target.families);
  await writeSnapshot(db, {
    campaignId,
    organisationId,
    basis: JSON.stringify(basis),
    state: JSON.stringify(state),
    now: target.now,
  });
  return { basis, state, refresh };
}
