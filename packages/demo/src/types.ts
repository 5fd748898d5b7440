import type { AnswerValue, NormalizedItem, OrganisationKind, Role, SizeClass } from "@maturo/model";

/** The five Flemish provinces, as the demo names them. */
export type DemoProvince = "Antwerpen" | "Limburg" | "Oost-Vlaanderen" | "Vlaams-Brabant" | "West-Vlaanderen";

/** An invented local government. Every name ends in "(synthetisch)". */
export interface DemoOrganisation {
  /** Stable external code, `DEMO-001` … `DEMO-300`; `DEMO-001` is the named demo organisation. */
  readonly code: string;
  readonly name: string;
  /** Always "municipality": the demo population is Flemish municipalities. */
  readonly kind: OrganisationKind;
  readonly province: DemoProvince;
  /** From the population, by `sizeClassOf` of @maturo/model. */
  readonly sizeClass: SizeClass;
  readonly population: number;
  readonly synthetic: true;
}

/** `previous`: the closed wave about two years before `now`; `current`: the open wave. */
export type DemoCampaignKey = "previous" | "current";

export interface DemoCampaign {
  readonly key: DemoCampaignKey;
  /** Calendar year the wave opened. */
  readonly year: number;
  readonly name: { readonly nl: string; readonly en: string };
  readonly status: "closed" | "open";
  /** ISO-8601 UTC timestamps. */
  readonly opensAt: string;
  readonly closesAt: string;
}

export type DemoInvitationStatus = "submitted" | "started" | "invited";

/**
 * One personal invitation of one campaign. `answers` holds the chosen point (1..k) or `"dk"` for
 * every item the respondent answered; an item the role is not asked, a `showIf` that was false, or
 * an item skipped is absent. `started` invitations carry the answers saved so far.
 */
export interface DemoInvitation {
  /** Unique and stable for a given seed and instrument, e.g. `current/DEMO-001/staff-2`. */
  readonly key: string;
  readonly campaignKey: DemoCampaignKey;
  readonly organisationCode: string;
  readonly role: Role;
  /** Synthetic address under the reserved `.invalid` top-level domain. */
  readonly email: string;
  readonly locale: "nl" | "en";
  readonly status: DemoInvitationStatus;
  readonly invitedAt: string;
  readonly startedAt?: string;
  readonly submittedAt?: string;
  readonly answers?: Readonly<Record<string, AnswerValue>>;
}

export interface DemoData {
  readonly seed: number;
  /** The reference time the campaign dates were placed around (ISO-8601). */
  readonly now: string;
  readonly organisations: readonly DemoOrganisation[];
  readonly campaigns: readonly DemoCampaign[];
  readonly invitations: readonly DemoInvitation[];
}

/** What the generator needs of an instrument: a `NormalizedInstrument` or `CompiledInstrument` fits. */
export interface DemoInstrument {
  readonly items: readonly NormalizedItem[];
}

export interface GenerateDemoOptions {
  readonly instrument: DemoInstrument;
  /** Seed of the pseudo-random streams; the same seed and instrument give the same demo. Default 2024. */
  readonly seed?: number;
  /** Reference time: the current wave is open around it. Default 2025-12-15T09:00:00Z. */
  readonly now?: Date;
}
