import { sql } from "kysely";
import type { Db } from "../shared/db.js";
import { populationOrganisations } from "../shared/population.js";
import { submittedResponses, submittedWithOrganisation } from "../shared/submitted-responses.js";

/** Invitations of a campaign per role, status, province and size class. */
export async function invitationTally(
  db: Db,
  campaignId: number,
): Promise<{ role: string; status: string; province: string | null; sizeClass: string | null; n: number }[]> {
  const rows = await db
    .selectFrom("invitations as i")
    .innerJoin("organisations as o", "o.id", "i.organisation_id")
    .select([
      "i.role",
      "i.status",
      "o.province",
      "o.size_class as sizeClass",
      sql<number | string>`count(*)`.as("n"),
    ])
    .where("i.campaign_id", "=", campaignId)
    .groupBy(["i.role", "i.status", "o.province", "o.size_class"])
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/** How many organisations a wave's population holds. */
export async function populationSize(db: Db, campaignId: number): Promise<number> {
  const row = await db
    .selectFrom("campaign_organisations")
    .select(sql<number | string>`count(*)`.as("n"))
    .where("campaign_id", "=", campaignId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many organisations have at least one submitted response. */
export async function organisationsCovered(db: Db, campaignId: number): Promise<number> {
  const row = await submittedResponses(db, campaignId)
    .select(sql<number | string>`count(distinct r.organisation_id)`.as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Submissions per day (UTC date of the stored timestamp), oldest first. */
export async function submissionsPerDay(db: Db, campaignId: number): Promise<{ day: string; n: number }[]> {
  const day = sql<string>`substr(r.submitted_at, 1, 10)`;
  const rows = await submittedResponses(db, campaignId)
    .select([day.as("day"), sql<number | string>`count(*)`.as("n")])
    .groupBy(day)
    .orderBy("day")
    .execute();
  return rows.map((r) => ({ day: r.day, n: Number(r.n) }));
}

/** Each submitted response's organisation (with its strata) and role, in response order. */
export async function submittedRespondents(
  db: Db,
  campaignId: number,
): Promise<
  {
    responseId: number;
    organisationId: number;
    role: string;
    province: string | null;
    sizeClass: string | null;
  }[]
> {
  return submittedWithOrganisation(db, campaignId)
    .select([
      "r.id as responseId",
      "r.organisation_id as organisationId",
      "r.role",
      "o.province",
      "o.size_class as sizeClass",
    ])
    .orderBy("r.id")
    .execute();
}

/** The organisations of a wave's population with the strata it is raked to. */
export async function populationStrata(
  db: Db,
  campaignId: number,
): Promise<{ organisationId: number; province: string | null; sizeClass: string | null }[]> {
  return populationOrganisations(db, campaignId)
    .select(["o.id as organisationId", "o.province", "o.size_class as sizeClass"])
    .orderBy("o.id")
    .execute();
}

export interface OrganisationWithoutResponse {
  organisationId: number;
  code: string;
  name: string;
  kind: string;
  province: string | null;
  sizeClass: string | null;
  /** Invitations not withdrawn. */
  invited: number;
}

/**
 * The organisations of a wave's population without a submitted response, with how many
 * invitations they hold: organisations only, never who inside one has or has not answered.
 */
export async function nonRespondingOrganisations(
  db: Db,
  campaignId: number,
): Promise<OrganisationWithoutResponse[]> {
  const rows = await populationOrganisations(db, campaignId)
    .select((eb) => [
      "o.id as organisationId",
      "o.code",
      "o.name",
      "o.kind",
      "o.province",
      "o.size_class as sizeClass",
      eb
        .selectFrom("invitations as i")
        .select(sql<number | string>`count(*)`.as("n"))
        .whereRef("i.organisation_id", "=", "o.id")
        .where("i.campaign_id", "=", campaignId)
        .where("i.status", "!=", "withdrawn")
        .as("invited"),
    ])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("responses as r")
            .select("r.id")
            .whereRef("r.organisation_id", "=", "o.id")
            .where("r.campaign_id", "=", campaignId)
            .where("r.status", "=", "submitted"),
        ),
      ),
    )
    .orderBy("o.code")
    .execute();
  return rows.map((r) => ({ ...r, invited: Number(r.invited ?? 0) }));
}
