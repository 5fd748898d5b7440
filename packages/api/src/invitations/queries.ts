import type { Row } from "@maturo/db";
import type { Db } from "../shared/db.js";
import { populationOrganisations } from "../shared/population.js";
import { updateById } from "../shared/update-by-id.js";

/** Invitations sent by e-mail that have not been answered yet, with their sealed links. */
export function unansweredByEmail(
  db: Db,
  campaignId: number,
  organisationId: number,
): Promise<Pick<Row<"invitations">, "id" | "email" | "token_sealed" | "reminders_sent">[]> {
  return db
    .selectFrom("invitations")
    .select(["id", "email", "token_sealed", "reminders_sent"])
    .where("campaign_id", "=", campaignId)
    .where("organisation_id", "=", organisationId)
    .where("status", "in", ["invited", "started"])
    .where("email", "is not", null)
    .where("token_sealed", "is not", null)
    .execute();
}

/** Records that the mails of these invitations went out now. */
export async function markSent(db: Db, invitationIds: readonly number[], at: string): Promise<void> {
  if (invitationIds.length === 0) return;
  await db
    .updateTable("invitations")
    .set({ last_sent_at: at })
    .where("id", "in", [...invitationIds])
    .execute();
}

export async function markReminded(
  db: Db,
  invitationId: number,
  remindersSent: number,
  at: string,
): Promise<void> {
  await updateById(db, "invitations", invitationId, { reminders_sent: remindersSent, last_sent_at: at });
}

/** Invitations per (role, status) of one organisation in one campaign. */
export async function invitationCounts(
  db: Db,
  campaignId: number,
  organisationId: number,
): Promise<{ role: string; status: string; n: number }[]> {
  const rows = await db
    .selectFrom("invitations")
    .select((eb) => ["role", "status", eb.fn.countAll<number | string>().as("n")])
    .where("campaign_id", "=", campaignId)
    .where("organisation_id", "=", organisationId)
    .groupBy(["role", "status"])
    .execute();
  return rows.map((r) => ({ role: r.role, status: r.status, n: Number(r.n) }));
}

/** A wave's population, by organisation code. */
export function populationOf(
  db: Db,
  campaignId: number,
): Promise<{ id: number; code: string; name: string }[]> {
  return populationOrganisations(db, campaignId)
    .select(["o.id", "o.code", "o.name"])
    .orderBy("o.code")
    .execute();
}

/** The instrument version of the campaign a personal link (by its token's hash) belongs to. */
export async function instrumentVersionOfLink(db: Db, tokenHash: string): Promise<number | undefined> {
  const row = await db
    .selectFrom("invitations as i")
    .innerJoin("campaigns as c", "c.id", "i.campaign_id")
    .select("c.instrument_version_id")
    .where("i.token_hash", "=", tokenHash)
    .executeTakeFirst();
  return row?.instrument_version_id;
}
