import type { Insertable, Selectable, Updateable } from "kysely";

/** Makes a key user a key user of an organisation. */
export interface MembershipsTable {
  user_id: number;
  organisation_id: number;
  created_at: string;
}

export type Membership = Selectable<MembershipsTable>;
export type NewMembership = Insertable<MembershipsTable>;
export type MembershipUpdate = Updateable<MembershipsTable>;
