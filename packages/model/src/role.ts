import { z } from "zod";

/** Respondent roles, in the order they are shown and exported. */
export const ROLES = ["director", "manager", "staff"] as const;

export const RoleSchema = z
  .enum(ROLES)
  .meta({ description: "director (general director), manager (management team) or staff." });
export type Role = z.infer<typeof RoleSchema>;

/** Role groups used for breakdowns: management = director + manager. */
export const ROLE_GROUPS = {
  management: ["director", "manager"],
  staff: ["staff"],
} as const satisfies Record<string, readonly Role[]>;
export type RoleGroup = keyof typeof ROLE_GROUPS;
