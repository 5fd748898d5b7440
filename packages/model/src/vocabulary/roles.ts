/** Respondent roles, in the order they are shown and exported. */
export const ROLES = ["director", "manager", "staff"] as const;
export type Role = (typeof ROLES)[number];

/** Role groups used for breakdowns: management = director + manager. */
export const ROLE_GROUPS = {
  management: ["director", "manager"],
  staff: ["staff"],
} as const satisfies Record<string, readonly Role[]>;
export type RoleGroup = keyof typeof ROLE_GROUPS;

/** What a role is called, for one person in that role. */
export const ROLE_LABELS = {
  nl: { director: "Algemeen directeur", manager: "Lid managementteam", staff: "Medewerker" },
  en: { director: "General director", manager: "Management team member", staff: "Staff" },
} as const satisfies Record<"nl" | "en", Record<Role, string>>;

/** What a role group is called. */
export const ROLE_GROUP_LABELS = {
  nl: { management: "Management", staff: "Medewerkers" },
  en: { management: "Management", staff: "Staff" },
} as const satisfies Record<"nl" | "en", Record<RoleGroup, string>>;

/** Whether a string is one of the role ids. */
export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
