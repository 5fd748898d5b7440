import { z } from "zod";
import { hashPassword } from "../auth/password.js";
import { AppError, notFound } from "../errors.js";
import { audit } from "../services/audit.js";
import { purgeExpired } from "../services/retention.js";
import { adminProcedure, router } from "../trpc.js";
import { email, password } from "./auth.js";

const id = z.int().positive();
const organisationName = z.string().trim().min(2).max(200);
const organisationKind = z.enum(["municipality", "ocmw", "province", "intermunicipal", "other"]);
const province = z.string().trim().max(100).nullable();
const sizeClass = z.string().trim().max(40).nullable();
const organisationInput = z.object({
  code: z.string().trim().min(1).max(40),
  name: organisationName,
  kind: organisationKind.default("municipality"),
  province: province.default(null),
  sizeClass: sizeClass.default(null),
});
/** Only the fields given change: a client that sends just the name never wipes the province. */
const organisationUpdate = z.object({
  id,
  name: organisationName.optional(),
  kind: organisationKind.optional(),
  province: province.optional(),
  sizeClass: sizeClass.optional(),
});

async function upsertOrganisation(
  db: Parameters<typeof audit>[0],
  now: Date,
  input: z.infer<typeof organisationInput>,
): Promise<number> {
  const existing = await db
    .selectFrom("organisations")
    .select("id")
    .where("code", "=", input.code)
    .executeTakeFirst();
  if (existing) return existing.id;
  const row = await db
    .insertInto("organisations")
    .values({
      code: input.code,
      name: input.name,
      kind: input.kind,
      province: input.province,
      size_class: input.sizeClass,
      created_at: now.toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export const adminRouter = router({
  organisations: adminProcedure.query(({ ctx }) =>
    ctx.db
      .selectFrom("organisations")
      .select(["id", "code", "name", "kind", "province", "size_class as sizeClass"])
      .orderBy("name")
      .execute(),
  ),

  createOrganisation: adminProcedure.input(organisationInput).mutation(async ({ ctx, input }) => {
    const taken = await ctx.db
      .selectFrom("organisations")
      .select("id")
      .where("code", "=", input.code)
      .executeTakeFirst();
    if (taken) throw new AppError("organisation.code-taken", { code: input.code });
    return { id: await upsertOrganisation(ctx.db, ctx.now(), input) };
  }),

  /** Name, kind, province and size class can change (a merger, a new size class); the code cannot:
   * population imports and exports identify an organisation by it across waves. */
  updateOrganisation: adminProcedure.input(organisationUpdate).mutation(async ({ ctx, input }) => {
    const { id: organisationId, ...changes } = input;
    const existing = await ctx.db
      .selectFrom("organisations")
      .select("id")
      .where("id", "=", organisationId)
      .executeTakeFirst();
    if (!existing) throw notFound("organisation");
    const set = {
      ...(changes.name === undefined ? {} : { name: changes.name }),
      ...(changes.kind === undefined ? {} : { kind: changes.kind }),
      ...(changes.province === undefined ? {} : { province: changes.province }),
      ...(changes.sizeClass === undefined ? {} : { size_class: changes.sizeClass }),
    };
    if (Object.keys(set).length === 0) return { ok: true };
    await ctx.db.updateTable("organisations").set(set).where("id", "=", organisationId).execute();
    await audit(ctx.db, ctx.now(), {
      userId: ctx.user.id,
      organisationId,
      action: "organisation.update",
      detail: changes,
    });
    return { ok: true };
  }),

  /** A key user may serve several organisations (an intermunicipal partnership, a city and its OCMW). */
  addMembership: adminProcedure
    .input(z.object({ userId: id, organisationId: id }))
    .mutation(async ({ ctx, input }) => {
      const user = await ctx.db
        .selectFrom("users")
        .select("role")
        .where("id", "=", input.userId)
        .executeTakeFirst();
      if (!user) throw notFound("user");
      if (user.role !== "keyuser") throw new AppError("membership.key-users-only");
      const organisation = await ctx.db
        .selectFrom("organisations")
        .select("id")
        .where("id", "=", input.organisationId)
        .executeTakeFirst();
      if (!organisation) throw new AppError("organisation.unknown");
      const existing = await ctx.db
        .selectFrom("memberships")
        .select("user_id")
        .where("user_id", "=", input.userId)
        .where("organisation_id", "=", input.organisationId)
        .executeTakeFirst();
      if (existing) return { ok: true };
      await ctx.db
        .insertInto("memberships")
        .values({
          user_id: input.userId,
          organisation_id: input.organisationId,
          created_at: ctx.now().toISOString(),
        })
        .execute();
      await audit(ctx.db, ctx.now(), {
        userId: ctx.user.id,
        organisationId: input.organisationId,
        action: "membership.add",
        detail: { userId: input.userId },
      });
      return { ok: true };
    }),

  removeMembership: adminProcedure
    .input(z.object({ userId: id, organisationId: id }))
    .mutation(async ({ ctx, input }) => {
      const memberships = await ctx.db
        .selectFrom("memberships")
        .select("organisation_id as organisationId")
        .where("user_id", "=", input.userId)
        .execute();
      if (!memberships.some((m) => m.organisationId === input.organisationId)) throw notFound("membership");
      if (memberships.length === 1) throw new AppError("membership.last-organisation");
      await ctx.db
        .deleteFrom("memberships")
        .where("user_id", "=", input.userId)
        .where("organisation_id", "=", input.organisationId)
        .execute();
      await audit(ctx.db, ctx.now(), {
        userId: ctx.user.id,
        organisationId: input.organisationId,
        action: "membership.remove",
        detail: { userId: input.userId },
      });
      return { ok: true };
    }),

  users: adminProcedure.query(async ({ ctx }) => {
    const users = await ctx.db
      .selectFrom("users")
      .select([
        "id",
        "email",
        "name",
        "role",
        "locale",
        "disabled_at as disabledAt",
        "created_at as createdAt",
      ])
      .orderBy("email")
      .execute();
    const memberships = await ctx.db
      .selectFrom("memberships")
      .innerJoin("organisations", "organisations.id", "memberships.organisation_id")
      .select(["memberships.user_id as userId", "organisations.id", "organisations.name"])
      .execute();
    return users.map((u) => ({
      ...u,
      organisations: memberships
        .filter((m) => m.userId === u.id)
        .map(({ id: oid, name }) => ({ id: oid, name })),
    }));
  }),

  createUser: adminProcedure
    .input(
      z.object({
        email,
        name: z.string().trim().min(2).max(200),
        role: z.enum(["researcher", "keyuser", "admin"]),
        locale: z.enum(["nl", "en"]).default("nl"),
        password,
        organisationId: id.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      if (input.role === "keyuser" && !input.organisationId) {
        throw new AppError("user.needs-organisation");
      }
      const taken = await ctx.db
        .selectFrom("users")
        .select("id")
        .where("email", "=", input.email)
        .executeTakeFirst();
      if (taken) throw new AppError("user.email-taken", { email: input.email });
      const now = ctx.now().toISOString();
      const created = await ctx.db.transaction().execute(async (trx) => {
        const user = await trx
          .insertInto("users")
          .values({
            email: input.email,
            name: input.name,
            role: input.role,
            locale: input.locale,
            password_hash: await hashPassword(input.password),
            created_at: now,
            disabled_at: null,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        if (input.organisationId) {
          const org = await trx
            .selectFrom("organisations")
            .select("id")
            .where("id", "=", input.organisationId)
            .executeTakeFirst();
          if (!org) throw new AppError("organisation.unknown");
          await trx
            .insertInto("memberships")
            .values({ user_id: user.id, organisation_id: input.organisationId, created_at: now })
            .execute();
        }
        return user;
      });
      await audit(ctx.db, ctx.now(), {
        userId: ctx.user.id,
        action: "account.create",
        detail: { email: input.email, role: input.role },
      });
      return { id: created.id };
    }),

  /** Without SMTP, the admin sets a new password and hands it over. */
  setPassword: adminProcedure.input(z.object({ userId: id, password })).mutation(async ({ ctx, input }) => {
    const result = await ctx.db
      .updateTable("users")
      .set({ password_hash: await hashPassword(input.password) })
      .where("id", "=", input.userId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw notFound("user");
    await ctx.db.deleteFrom("sessions").where("user_id", "=", input.userId).execute();
    await audit(ctx.db, ctx.now(), {
      userId: ctx.user.id,
      action: "account.password-set",
      detail: { userId: input.userId },
    });
    return { ok: true };
  }),

  setDisabled: adminProcedure
    .input(z.object({ userId: id, disabled: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      if (input.userId === ctx.user.id) throw new AppError("user.cannot-disable-self");
      const result = await ctx.db
        .updateTable("users")
        .set({ disabled_at: input.disabled ? ctx.now().toISOString() : null })
        .where("id", "=", input.userId)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) throw notFound("user");
      if (input.disabled) await ctx.db.deleteFrom("sessions").where("user_id", "=", input.userId).execute();
      return { ok: true };
    }),

  accountRequests: adminProcedure.query(({ ctx }) =>
    ctx.db
      .selectFrom("account_requests")
      .select([
        "id",
        "organisation_code as organisationCode",
        "organisation_name as organisationName",
        "name",
        "email",
        "message",
        "status",
        "created_at as createdAt",
      ])
      .orderBy("created_at", "desc")
      .execute(),
  ),

  /** Approving creates the organisation (when new) and its key user with the password the admin hands over. */
  decideAccountRequest: adminProcedure
    .input(
      z.discriminatedUnion("decision", [
        z.object({
          requestId: id,
          decision: z.literal("approve"),
          password,
          province: z.string().max(100).nullable().default(null),
          sizeClass: z.string().max(40).nullable().default(null),
        }),
        z.object({ requestId: id, decision: z.literal("reject") }),
      ]),
    )
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const request = await ctx.db
        .selectFrom("account_requests")
        .selectAll()
        .where("id", "=", input.requestId)
        .executeTakeFirst();
      if (!request) throw notFound("account request");
      if (request.status !== "pending") throw new AppError("account-request.decided");
      if (input.decision === "reject") {
        await ctx.db
          .updateTable("account_requests")
          .set({ status: "rejected", decided_at: now.toISOString(), decided_by: ctx.user.id })
          .where("id", "=", input.requestId)
          .execute();
        return { ok: true, userId: null };
      }
      const taken = await ctx.db
        .selectFrom("users")
        .select("id")
        .where("email", "=", request.email)
        .executeTakeFirst();
      if (taken) throw new AppError("account-request.email-taken", { email: request.email });
      const passwordHash = await hashPassword(input.password);
      const userId = await ctx.db.transaction().execute(async (trx) => {
        const organisationId = await upsertOrganisation(trx, now, {
          code: request.organisation_code,
          name: request.organisation_name,
          kind: "municipality",
          province: input.province,
          sizeClass: input.sizeClass,
        });
        const user = await trx
          .insertInto("users")
          .values({
            email: request.email,
            name: request.name,
            role: "keyuser",
            locale: "nl",
            password_hash: passwordHash,
            created_at: now.toISOString(),
            disabled_at: null,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        await trx
          .insertInto("memberships")
          .values({ user_id: user.id, organisation_id: organisationId, created_at: now.toISOString() })
          .execute();
        await trx
          .updateTable("account_requests")
          .set({ status: "approved", decided_at: now.toISOString(), decided_by: ctx.user.id })
          .where("id", "=", input.requestId)
          .execute();
        await audit(trx, now, {
          userId: ctx.user.id,
          action: "account.approve",
          organisationId,
          detail: { email: request.email },
        });
        return user.id;
      });
      return { ok: true, userId };
    }),

  auditLog: adminProcedure
    .input(z.object({ limit: z.int().min(1).max(500).default(100) }).default({ limit: 100 }))
    .query(({ ctx, input }) =>
      ctx.db
        .selectFrom("audit_log")
        .leftJoin("users", "users.id", "audit_log.user_id")
        .select([
          "audit_log.id",
          "audit_log.at",
          "audit_log.action",
          "audit_log.campaign_id as campaignId",
          "audit_log.organisation_id as organisationId",
          "audit_log.detail",
          "users.email",
        ])
        .orderBy("audit_log.id", "desc")
        .limit(input.limit)
        .execute(),
    ),

  /** Retention of e-mail addresses and tokens after a campaign closes (DESIGN §7). */
  setCampaignRetention: adminProcedure
    .input(z.object({ campaignId: id, days: z.int().min(0).max(3650) }))
    .mutation(async ({ ctx, input }) => {
      const result = await ctx.db
        .updateTable("campaigns")
        .set({ retention_days: input.days })
        .where("id", "=", input.campaignId)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) throw notFound("campaign");
      return { ok: true };
    }),

  purgeExpired: adminProcedure.mutation(async ({ ctx }) => ({
    purged: await purgeExpired(ctx.db, ctx.now(), ctx.retentionDays),
  })),
});
