import { ROLES, type Role } from "@maturo/model";
import type { Db } from "../shared/db.js";
import { invitationCounts } from "./queries.js";

export interface Counts {
  invited: number;
  started: number;
  submitted: number;
}

/** Counts per role — invited, started, submitted — never who answered what. */
export async function participation(
  db: Db,
  campaignId: number,
  organisationId: number,
): Promise<{ roles: (Counts & { role: Role })[]; total: Counts }> {
  const rows = await invitationCounts(db, campaignId, organisationId);
  const roles = ROLES.map((role) => {
    const of = (status: string): number =>
      rows.find((row) => row.role === role && row.status === status)?.n ?? 0;
    const submitted = of("submitted");
    const started = of("started");
    return { role, invited: of("invited") + started + submitted, started: started + submitted, submitted };
  });
  return {
    roles,
    total: roles.reduce(
      (acc, r) => ({
        invited: acc.invited + r.invited,
        started: acc.started + r.started,
        submitted: acc.submitted + r.submitted,
      }),
      { invited: 0, started: 0, submitted: 0 },
    ),
  };
}
