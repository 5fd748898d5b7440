import { ROLES, type Role } from "@maturo/model/vocabulary";
import type { DemoCampaignKey, DemoData } from "./types.js";

export interface RoleParticipation {
  readonly invited: number;
  readonly started: number;
  readonly submitted: number;
}

export interface ParticipationSummary {
  readonly campaignKey: DemoCampaignKey;
  readonly invited: number;
  /** Opened and partly answered, not submitted. */
  readonly started: number;
  readonly submitted: number;
  /** submitted / invited × 100. */
  readonly responseRate: number;
  readonly organisations: number;
  /** Organisations with at least one submitted response. */
  readonly organisationsCovered: number;
  /** organisationsCovered / organisations × 100. */
  readonly coverage: number;
  readonly byRole: Readonly<Record<Role, RoleParticipation>>;
}

/** Invited, started and submitted per wave and role, as the researcher's response-rate view shows them. */
export function summarizeParticipation(data: DemoData, campaignKey: DemoCampaignKey): ParticipationSummary {
  const byRole = Object.fromEntries(
    ROLES.map((role) => [role, { invited: 0, started: 0, submitted: 0 }]),
  ) as Record<Role, { invited: number; started: number; submitted: number }>;
  const covered = new Set<string>();
  let invited = 0;
  let started = 0;
  let submitted = 0;
  for (const inv of data.invitations) {
    if (inv.campaignKey !== campaignKey) continue;
    invited++;
    byRole[inv.role].invited++;
    if (inv.status === "started") {
      started++;
      byRole[inv.role].started++;
    } else if (inv.status === "submitted") {
      submitted++;
      byRole[inv.role].submitted++;
      covered.add(inv.organisationCode);
    }
  }
  const organisations = data.organisations.length;
  return {
    campaignKey,
    invited,
    started,
    submitted,
    responseRate: invited > 0 ? (submitted / invited) * 100 : 0,
    organisations,
    organisationsCovered: covered.size,
    coverage: organisations > 0 ? (covered.size / organisations) * 100 : 0,
    byRole,
  };
}
