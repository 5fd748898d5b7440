import { z } from "zod";
import { AppError } from "../errors.js";
import { audit } from "../services/audit.js";
import { campaignIdsOf, findCampaign } from "../services/campaign-access.js";
import {
  assertOrganisationAccess,
  authedProcedure,
  keyUserProcedure,
  researcherProcedure,
  router,
} from "../trpc.js";

const id = z.int().positive();
const isoDate = z.iso.datetime({ offset: true });

/** A campaign closes after it opens: otherwise nobody could ever answer it. */
function assertClosesAfterOpens(opensAt: string, closesAt: string | undefined): void {
  if (closesAt !== undefined && Date.parse(closesAt) <= Date.parse(opensAt))
    throw new AppError("campaign.closes-before-opens");
}

export const campaignsRouter = router({
  /** The campaigns an organisation takes part in: its own assessments and researchers' waves. */
  forOrganisation: keyUserProcedure.input(z.object({ organisationId: id })).query(async ({ ctx, input }) => {
    assertOrganisationAccess(ctx.user, input.organisationId);
    const rows = await ctx.db
      .selectFrom("campaigns as c")
      .innerJoin("instrument_versions as v", "v.id", "c.instrument_version_id")
      .select([
        "c.id",
        "c.kind",
        "c.name",
        "c.status",
        "c.opens_at as opensAt",
        "c.closes_at as closesAt",
        "c.closed_at as closedAt",
        "v.hash as instrumentHash",
        "v.title as instrumentTitle",
      ])
      .where("c.id", "in", campaignIdsOf(ctx.db, input.organisationId))
      .orderBy("c.opens_at", "desc")
      .execute();
    return rows;
  }),

  /** A key user starts the organisation's own assessment from a published instrument version. */
  startSelf: keyUserProcedure
    .input(
      z.object({
        organisationId: id,
        versionId: id,
        name: z.string().trim().min(2).max(200),
        closesAt: isoDate.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      assertOrganisationAccess(ctx.user, input.organisationId);
      const now = ctx.now().toISOString();
      assertClosesAfterOpens(now, input.closesAt);
      const version = await ctx.db
        .selectFrom("instrument_versions")
        .select(["id", "published"])
        .where("id", "=", input.versionId)
        .executeTakeFirst();
      if (version?.published !== 1) throw new AppError("campaign.version-not-published");
      const row = await ctx.db
        .insertInto("campaigns")
        .values({
          kind: "self",
          name: input.name,
          instrument_version_id: input.versionId,
          organisation_id: input.organisationId,
          created_by: ctx.user.id,
          status: "open",
          opens_at: now,
          closes_at: input.closesAt ?? null,
          closed_at: null,
          retention_days: null,
          purged_at: null,
          created_at: now,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return { id: row.id };
    }),

  /** Closes a campaign: key users their own assessment, researchers their waves. */
  close: authedProcedure.input(z.object({ campaignId: id })).mutation(async ({ ctx, input }) => {
    const campaign = await findCampaign(ctx.db, input.campaignId);
    const mayClose =
      campaign.kind === "self"
        ? ctx.user.role === "keyuser" &&
          campaign.organisation_id !== null &&
          ctx.user.organisationIds.includes(campaign.organisation_id)
        : ctx.user.role === "researcher" || ctx.user.role === "admin";
    if (!mayClose) throw new AppError("campaign.may-not-close");
    if (campaign.status === "closed") return { ok: true };
    const now = ctx.now().toISOString();
    await ctx.db
      .updateTable("campaigns")
      .set({ status: "closed", closed_at: now })
      .where("id", "=", input.campaignId)
      .execute();
    await audit(ctx.db, ctx.now(), {
      userId: ctx.user.id,
      action: "campaign.close",
      campaignId: campaign.id,
    });
    return { ok: true };
  }),

  /** Researchers: every wave with its population size. */
  waves: researcherProcedure.query(async ({ ctx }) => {
    return ctx.db
      .selectFrom("campaigns as c")
      .innerJoin("instrument_versions as v", "v.id", "c.instrument_version_id")
      .select((eb) => [
        "c.id",
        "c.name",
        "c.status",
        "c.opens_at as opensAt",
        "c.closes_at as closesAt",
        "v.hash as instrumentHash",
        "v.title as instrumentTitle",
        eb
          .selectFrom("campaign_organisations as co")
          .select((e) => e.fn.countAll<number | string>().as("n"))
          .whereRef("co.campaign_id", "=", "c.id")
          .as("population"),
      ])
      .where("c.kind", "=", "wave")
      .orderBy("c.opens_at", "desc")
      .execute()
      .then((rows) => rows.map((r) => ({ ...r, population: Number(r.population ?? 0) })));
  }),

  /** A researcher's wave over a population (all organisations, or the listed ones). */
  createWave: researcherProcedure
    .input(
      z.object({
        name: z.string().trim().min(2).max(200),
        versionId: id,
        opensAt: isoDate.optional(),
        closesAt: isoDate.optional(),
        population: z.union([z.literal("all"), z.array(id).min(1)]),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now().toISOString();
      const opensAt = input.opensAt ?? now;
      assertClosesAfterOpens(opensAt, input.closesAt);
      const version = await ctx.db
        .selectFrom("instrument_versions")
        .select("id")
        .where("id", "=", input.versionId)
        .executeTakeFirst();
      if (!version) throw new AppError("campaign.unknown-version");
      const orgIds =
        input.population === "all"
          ? (await ctx.db.selectFrom("organisations").select("id").execute()).map((o) => o.id)
          : [...new Set(input.population)];
      if (input.population !== "all") {
        const known = new Set(
          (await ctx.db.selectFrom("organisations").select("id").where("id", "in", orgIds).execute()).map(
            (o) => o.id,
          ),
        );
        const index = input.population.findIndex((organisationId) => !known.has(organisationId));
        if (index >= 0) {
          throw new AppError("campaign.unknown-population-member", {
            index,
            id: input.population[index] as number,
          });
        }
      }
      return ctx.db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto("campaigns")
          .values({
            kind: "wave",
            name: input.name,
            instrument_version_id: input.versionId,
            organisation_id: null,
            created_by: ctx.user.id,
            status: "open",
            opens_at: opensAt,
            closes_at: input.closesAt ?? null,
            closed_at: null,
            retention_days: null,
            purged_at: null,
            created_at: now,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        for (let i = 0; i < orgIds.length; i += 200) {
          const chunk = orgIds
            .slice(i, i + 200)
            .map((organisationId) => ({ campaign_id: row.id, organisation_id: organisationId }));
          if (chunk.length) await trx.insertInto("campaign_organisations").values(chunk).execute();
        }
        return { id: row.id, population: orgIds.length };
      });
    }),
});
