import type { Insertable, Selectable, Updateable } from "kysely";

/**
 * The key-user figures last shown per campaign × organisation (docs/architecture.md, "Disclosure
 * control", the time rule): the respondents they rest on and their aggregate state, served until the
 * respondents changed by at least k. JSON text, the same on SQLite and PostgreSQL.
 */
export interface DisclosureSnapshotsTable {
  campaign_id: number;
  organisation_id: number;
  /** The organisation's own figures: `{ basis: responseIds, state }`. */
  own: string;
  /** The benchmark peers' figures: `{ basis: { organisationId: responseIds }, state }`; null until first shown. */
  peers: string | null;
  updated_at: string;
}

export type DisclosureSnapshot = Selectable<DisclosureSnapshotsTable>;
export type NewDisclosureSnapshot = Insertable<DisclosureSnapshotsTable>;
export type DisclosureSnapshotUpdate = Updateable<DisclosureSnapshotsTable>;
