import { ROLES, type Role, SIZE_CLASSES, type SizeClass } from "@maturo/model/vocabulary";
import { DEMO_ORGANISATION_CODE } from "./organisations.js";
import { createRandom, type Random, shuffled, weightedSample } from "./random.js";
import type { DemoCampaignKey, DemoInvitationStatus, DemoOrganisation } from "./types.js";

/** Participation targets of one wave. The current wave reproduces the seed study's 578 / 260 / 183. */
export interface CampaignPlan {
  readonly invited: number;
  readonly submitted: number;
  /** Organisations with at least one submitted response. */
  readonly covered: number;
  /** Share of the invitations without a submission that were opened and partly answered. */
  readonly startedShare: number;
}

export const CAMPAIGN_PLANS: Readonly<Record<DemoCampaignKey, CampaignPlan>> = {
  previous: { invited: 545, submitted: 218, covered: 161, startedShare: 0.1 },
  current: { invited: 578, submitted: 260, covered: 183, startedShare: 0.12 },
};

/** Invited and submitting numbers per role of an organisation with a full management team and staff panel. */
interface RichPlan {
  readonly invited: Readonly<Record<Role, number>>;
  readonly submitted: Readonly<Record<DemoCampaignKey, Readonly<Record<Role, number>>>>;
}

const DEMO_ORGANISATION_PLAN: RichPlan = {
  invited: { director: 1, manager: 5, staff: 8 },
  submitted: {
    previous: { director: 1, manager: 3, staff: 5 },
    current: { director: 1, manager: 4, staff: 6 },
  },
};

const RICH_PLAN: RichPlan = {
  invited: { director: 1, manager: 4, staff: 5 },
  submitted: {
    previous: { director: 1, manager: 3, staff: 3 },
    current: { director: 1, manager: 3, staff: 4 },
  },
};

/** Organisations besides the demo organisation with at least 3 management and 3 staff responses. */
export const RICH_ORGANISATION_COUNT = 5;

export interface InvitationDraft {
  readonly key: string;
  readonly campaignKey: DemoCampaignKey;
  readonly organisation: DemoOrganisation;
  readonly role: Role;
  readonly index: number;
  status: DemoInvitationStatus;
}

const SIZE_WEIGHT: Readonly<Record<SizeClass, number>> = {
  "under-10k": 0.7,
  "10k-25k": 1.1,
  "25k-50k": 2,
  "50k-plus": 3.5,
};

/** 0 for the smallest size class, 1 for the next, … */
function sizeRank(sizeClass: SizeClass): number {
  return SIZE_CLASSES.indexOf(sizeClass);
}

/** The organisations that get a full panel in both waves: the demo organisation plus a few larger ones. */
export function chooseRichOrganisations(
  seed: number,
  organisations: readonly DemoOrganisation[],
): Set<string> {
  const random = createRandom(seed, "rich-organisations");
  const larger = organisations.filter(
    (o) => o.code !== DEMO_ORGANISATION_CODE && sizeRank(o.sizeClass) >= sizeRank("25k-50k"),
  );
  const picked = shuffled(random, larger).slice(0, RICH_ORGANISATION_COUNT);
  return new Set([DEMO_ORGANISATION_CODE, ...picked.map((o) => o.code)]);
}

function draft(
  campaignKey: DemoCampaignKey,
  organisation: DemoOrganisation,
  role: Role,
  index: number,
): InvitationDraft {
  return {
    key: `${campaignKey}/${organisation.code}/${role}-${index}`,
    campaignKey,
    organisation,
    role,
    index,
    status: "invited",
  };
}

function markRich(
  random: Random,
  invitations: readonly InvitationDraft[],
  counts: Readonly<Record<Role, number>>,
): void {
  for (const role of ROLES) {
    const ofRole = invitations.filter((inv) => inv.role === role);
    for (const inv of shuffled(random, ofRole).slice(0, counts[role])) inv.status = "submitted";
  }
}

/**
 * Who is invited, who took part and who only started, for one wave. Participation is decided per
 * organisation first (organisations with more capacity and larger ones take part more often, as in
 * real surveys), then per person, so the totals hit the plan exactly.
 */
export function planInvitations(
  seed: number,
  campaignKey: DemoCampaignKey,
  organisations: readonly DemoOrganisation[],
  rich: ReadonlySet<string>,
  capacityOf: (code: string) => number,
  plan: CampaignPlan = CAMPAIGN_PLANS[campaignKey],
): InvitationDraft[] {
  const random = createRandom(seed, `participation/${campaignKey}`);
  const byOrganisation = new Map<string, InvitationDraft[]>();
  const regular = organisations.filter((o) => !rich.has(o.code));

  for (const organisation of organisations) {
    const list: InvitationDraft[] = [];
    const richPlan = organisation.code === DEMO_ORGANISATION_CODE ? DEMO_ORGANISATION_PLAN : RICH_PLAN;
    if (rich.has(organisation.code)) {
      for (const role of ROLES) {
        for (let i = 1; i <= richPlan.invited[role]; i++)
          list.push(draft(campaignKey, organisation, role, i));
      }
      markRich(random, list, richPlan.submitted[campaignKey]);
    } else {
      list.push(draft(campaignKey, organisation, "director", 1));
    }
    byOrganisation.set(organisation.code, list);
  }

  const invitedSoFar = [...byOrganisation.values()].reduce((n, list) => n + list.length, 0);
  const extras = plan.invited - invitedSoFar;
  const weights = regular.map((o) => SIZE_WEIGHT[o.sizeClass]);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  for (let added = 0; added < extras; ) {
    let target = random.next() * totalWeight;
    let index = 0;
    while (index < regular.length - 1 && target >= (weights[index] as number)) {
      target -= weights[index] as number;
      index++;
    }
    const organisation = regular[index] as DemoOrganisation;
    const list = byOrganisation.get(organisation.code) as InvitationDraft[];
    if (list.length >= 5) continue;
    const role: Role = random.chance(0.7) ? "staff" : "manager";
    list.push(draft(campaignKey, organisation, role, list.filter((inv) => inv.role === role).length + 1));
    added++;
  }

  const richSubmitted = [...rich].reduce(
    (n, code) => n + (byOrganisation.get(code) ?? []).filter((inv) => inv.status === "submitted").length,
    0,
  );
  const coveredRegular = weightedSample(
    random,
    regular.map((o) => Math.exp(0.45 * capacityOf(o.code) + 0.25 * sizeRank(o.sizeClass))),
    plan.covered - rich.size,
  ).map((i) => regular[i] as DemoOrganisation);

  const pool: InvitationDraft[] = [];
  for (const organisation of coveredRegular) {
    const list = byOrganisation.get(organisation.code) as InvitationDraft[];
    const roleWeight: Readonly<Record<Role, number>> = { director: 2.5, manager: 1.2, staff: 1 };
    const first = weightedSample(
      random,
      list.map((inv) => roleWeight[inv.role]),
      1,
    )[0] as number;
    (list[first] as InvitationDraft).status = "submitted";
    pool.push(...list.filter((inv) => inv.status !== "submitted"));
  }
  const more = plan.submitted - richSubmitted - coveredRegular.length;
  for (const i of weightedSample(
    random,
    pool.map(() => 1),
    more,
  ))
    (pool[i] as InvitationDraft).status = "submitted";

  const all = [...byOrganisation.values()].flat();
  for (const inv of all) {
    if (inv.status !== "submitted" && random.chance(plan.startedShare)) inv.status = "started";
  }
  return all.sort((a, b) =>
    a.organisation.code !== b.organisation.code
      ? a.organisation.code.localeCompare(b.organisation.code)
      : a.role !== b.role
        ? ROLES.indexOf(a.role) - ROLES.indexOf(b.role)
        : a.index - b.index,
  );
}
