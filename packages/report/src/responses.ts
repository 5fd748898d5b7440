import { ROLES, type Role } from "@maturo/model/vocabulary";
import type { OverviewHead } from "./input.js";

/** How many of one role have submitted. */
export interface RoleResponse {
  readonly role: Role;
  readonly submitted: number;
}

/**
 * Submissions per role in the vocabulary's order, for the council summary; null when the overview
 * does not say. Live counts are allowed: they tell how many answered, never who or what.
 */
export function responsesByRole(overview: Pick<OverviewHead, "participation">): RoleResponse[] | null {
  const submitted = overview.participation?.submitted;
  return submitted ? ROLES.map((role) => ({ role, submitted: submitted[role] })) : null;
}
