import { ROLES, type Role } from "@maturo/model";

/**
 * Cell codes of the columnar answer matrix (one byte per answer). A chosen point is its own number
 * (1..k, k ≤ 11); the other states use codes no scale can reach.
 */
export const ANSWER_BLANK = 0;
/** "Don't know": counts as applicable but missing. */
export const ANSWER_DONT_KNOW = 254;
/** Recorded as not asked (e.g. a stored response that skipped the item); not applicable. */
export const ANSWER_NOT_ASKED = 255;

/** Role codes of the columnar matrix: the index in ROLES (director 0, manager 1, staff 2). */
export function roleCode(role: Role): number {
  return ROLES.indexOf(role);
}
