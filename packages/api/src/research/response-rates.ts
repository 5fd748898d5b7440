import type { CampaignRow } from "../shared/campaign-access.js";
import type { Db } from "../shared/db.js";
import {
  invitationTally,
  nonRespondingOrganisations,
  type OrganisationWithoutResponse,
  organisationsCovered,
  populationSize,
  submissionsPerDay,
} from "./queries.js";

export interface Counts {
  invited: number;
  started: number;
  submitted: number;
}
export interface Rate extends Counts {
  responseRate: number | null;
}

function add(map: Map<string, Counts>, key: string, status: string, n: number): void {
  const c = map.get(key) ?? { invited: 0, started: 0, submitted: 0 };
  if (status !== "withdrawn") c.invited += n;
  if (status === "started" || status === "submitted") c.started += n;
  if (status === "submitted") c.submitted += n;
  map.set(key, c);
}

const rate = (c: Counts): Rate => ({
  ...c,
  responseRate: c.invited === 0 ? null : (c.submitted / c.invited) * 100,
});
const list = (m: Map<string, Counts>): (Rate & { key: string })[] =>
  [...m.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, c]) => ({ key, ...rate(c) }));

/**
 * Invited / started / submitted per role, per province and size class; organisations covered;
 * submissions over time; the organisations that have not answered.
 */
export interface ResponseRates {
  total: Rate;
  byRole: (Rate & { key: string })[];
  byProvince: (Rate & { key: string })[];
  bySizeClass: (Rate & { key: string })[];
  organisations: { population: number; covered: number; coverage: number | null };
  overTime: { day: string; submitted: number; cumulative: number }[];
  /** A wave's organisations without a submitted response (organisations only, never individuals). */
  nonResponding: OrganisationWithoutResponse[];
}

export async function responseRates(db: Db, campaign: CampaignRow): Promise<ResponseRates> {
  const byRole = new Map<string, Counts>();
  const byProvince = new Map<string, Counts>();
  const bySize = new Map<string, Counts>();
  const totals = new Map<string, Counts>();
  for (const row of await invitationTally(db, campaign.id)) {
    add(byRole, row.role, row.status, row.n);
    add(byProvince, row.province ?? "—", row.status, row.n);
    add(bySize, row.sizeClass ?? "—", row.status, row.n);
    add(totals, "all", row.status, row.n);
  }
  const population = campaign.kind === "wave" ? await populationSize(db, campaign.id) : 1;
  const covered = await organisationsCovered(db, campaign.id);
  let cumulative = 0;
  return {
    total: rate(totals.get("all") ?? { invited: 0, started: 0, submitted: 0 }),
    byRole: list(byRole),
    byProvince: list(byProvince),
    bySizeClass: list(bySize),
    organisations: { population, covered, coverage: population === 0 ? null : (covered / population) * 100 },
    overTime: (await submissionsPerDay(db, campaign.id)).map((d) => {
      cumulative += d.n;
      return { day: d.day, submitted: d.n, cumulative };
    }),
    nonResponding: campaign.kind === "wave" ? await nonRespondingOrganisations(db, campaign.id) : [],
  };
}
