import { z } from "zod";
import { unsealToken } from "../auth/tokens.js";
import { AppError } from "../errors.js";
import { assertMayInvite, findCampaign } from "../services/campaign-access.js";
import { createInvitations, surveyLink } from "../services/invitations.js";
import type { Mailer } from "../services/mailer.js";
import { authedProcedure, researcherProcedure, router } from "../trpc.js";
import { email } from "./auth.js";

const id = z.int().positive();
const role = z.enum(["director", "manager", "staff"]);

function invitationMail(
  locale: "nl" | "en",
  organisation: string,
  campaign: string,
  link: string,
  reminder: boolean,
): { subject: string; text: string } {
  if (locale === "en") {
    return {
      subject: `${reminder ? "Reminder: " : ""}${organisation} — digital maturity questionnaire`,
      text: `${organisation} takes part in "${campaign}". Your answers help your organisation see where it stands digitally.\n\nYour personal link (about 15 minutes; you can pause and resume):\n${link}\n\nYour organisation only sees totals of groups of at least three people; researchers see answers without your name.`,
    };
  }
  return {
    subject: `${reminder ? "Herinnering: " : ""}${organisation} — vragenlijst digitale maturiteit`,
    text: `${organisation} neemt deel aan "${campaign}". Met uw antwoorden ziet uw organisatie waar ze digitaal staat.\n\nUw persoonlijke link (ongeveer 15 minuten; u kunt pauzeren en later verdergaan):\n${link}\n\nUw organisatie ziet alleen totalen van groepen van minstens drie personen; onderzoekers zien antwoorden zonder uw naam.`,
  };
}

async function sendAll(
  mailer: Mailer,
  messages: { to: string; subject: string; text: string }[],
): Promise<number> {
  let sent = 0;
  for (const message of messages) {
    await mailer.send(message);
    sent += 1;
  }
  return sent;
}

export const invitationsRouter = router({
  /**
   * Personal links for one role: one per pasted e-mail address (sent by e-mail when SMTP is
   * configured) or `count` links to copy or download. Tokens are returned once and stored hashed.
   */
  create: authedProcedure
    .input(
      z.object({
        campaignId: id,
        organisationId: id,
        role,
        recipients: z.union([
          z.object({ emails: z.array(email).min(1).max(500) }),
          z.object({ count: z.int().min(1).max(500) }),
        ]),
        locale: z.enum(["nl", "en"]).default("nl"),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const campaign = await findCampaign(ctx.db, input.campaignId);
      await assertMayInvite(ctx.db, ctx.user, campaign, input.organisationId);
      if (campaign.status !== "open") throw new AppError("invitation.campaign-closed");
      const now = ctx.now();
      const links = await createInvitations(
        ctx.db,
        ctx.secret,
        now,
        { campaignId: campaign.id, organisationId: input.organisationId, role: input.role },
        input.recipients,
      );
      let emailed = 0;
      if (ctx.mailer && "emails" in input.recipients) {
        const org = await ctx.db
          .selectFrom("organisations")
          .select("name")
          .where("id", "=", input.organisationId)
          .executeTakeFirstOrThrow();
        emailed = await sendAll(
          ctx.mailer,
          links
            .filter((l) => l.email)
            .map((l) => ({
              to: l.email as string,
              ...invitationMail(
                input.locale,
                org.name,
                campaign.name,
                surveyLink(ctx.publicUrl, l.token),
                false,
              ),
            })),
        );
        await ctx.db
          .updateTable("invitations")
          .set({ last_sent_at: now.toISOString() })
          .where(
            "id",
            "in",
            links.map((l) => l.invitationId),
          )
          .execute();
      }
      return {
        links: links.map((l) => ({ role: l.role, email: l.email, link: surveyLink(ctx.publicUrl, l.token) })),
        emailed,
      };
    }),

  /** E-mails a reminder to everyone invited by e-mail who has not submitted yet. */
  remind: authedProcedure
    .input(z.object({ campaignId: id, organisationId: id, locale: z.enum(["nl", "en"]).default("nl") }))
    .mutation(async ({ ctx, input }) => {
      const campaign = await findCampaign(ctx.db, input.campaignId);
      await assertMayInvite(ctx.db, ctx.user, campaign, input.organisationId);
      if (!ctx.mailer) throw new AppError("invitation.no-smtp");
      const open = await ctx.db
        .selectFrom("invitations")
        .select(["id", "email", "token_sealed", "reminders_sent"])
        .where("campaign_id", "=", input.campaignId)
        .where("organisation_id", "=", input.organisationId)
        .where("status", "in", ["invited", "started"])
        .where("email", "is not", null)
        .where("token_sealed", "is not", null)
        .execute();
      const org = await ctx.db
        .selectFrom("organisations")
        .select("name")
        .where("id", "=", input.organisationId)
        .executeTakeFirstOrThrow();
      const now = ctx.now().toISOString();
      let sent = 0;
      for (const invitation of open) {
        const link = surveyLink(ctx.publicUrl, unsealToken(ctx.secret, invitation.token_sealed as string));
        await ctx.mailer.send({
          to: invitation.email as string,
          ...invitationMail(input.locale, org.name, campaign.name, link, true),
        });
        await ctx.db
          .updateTable("invitations")
          .set({ reminders_sent: invitation.reminders_sent + 1, last_sent_at: now })
          .where("id", "=", invitation.id)
          .execute();
        sent += 1;
      }
      return { sent };
    }),

  /** Counts per role — invited, started, submitted — never who answered what. */
  participation: authedProcedure
    .input(z.object({ campaignId: id, organisationId: id }))
    .query(async ({ ctx, input }) => {
      const campaign = await findCampaign(ctx.db, input.campaignId);
      await assertMayInvite(ctx.db, ctx.user, campaign, input.organisationId);
      const rows = await ctx.db
        .selectFrom("invitations")
        .select((eb) => ["role", "status", eb.fn.countAll<number | string>().as("n")])
        .where("campaign_id", "=", input.campaignId)
        .where("organisation_id", "=", input.organisationId)
        .groupBy(["role", "status"])
        .execute();
      const roles = (["director", "manager", "staff"] as const).map((r) => {
        const of = (status: string): number =>
          Number(rows.find((row) => row.role === r && row.status === status)?.n ?? 0);
        const submitted = of("submitted");
        const started = of("started");
        return {
          role: r,
          invited: of("invited") + started + submitted,
          started: started + submitted,
          submitted,
        };
      });
      return {
        roles,
        total: roles.reduce(
          (acc, r) => ({
            invited: acc.invited + r.invited,
            started: acc.started + r.started,
            submitted: acc.submitted + r.submitted,
          }),
          { invited: 0, started: 0, submitted: 0 },
        ),
      };
    }),

  /** Researchers: `perOrganisation` links of one role for every organisation of a wave's population. */
  bulkForWave: researcherProcedure
    .input(z.object({ campaignId: id, role, perOrganisation: z.int().min(1).max(50) }))
    .mutation(async ({ ctx, input }) => {
      const campaign = await findCampaign(ctx.db, input.campaignId);
      if (campaign.kind !== "wave") throw new AppError("invitation.not-a-wave");
      const population = await ctx.db
        .selectFrom("campaign_organisations as co")
        .innerJoin("organisations as o", "o.id", "co.organisation_id")
        .select(["o.id", "o.code", "o.name"])
        .where("co.campaign_id", "=", input.campaignId)
        .orderBy("o.code")
        .execute();
      const now = ctx.now();
      const rows: { organisationCode: string; organisationName: string; role: string; link: string }[] = [];
      for (const org of population) {
        const links = await createInvitations(
          ctx.db,
          ctx.secret,
          now,
          { campaignId: campaign.id, organisationId: org.id, role: input.role },
          { count: input.perOrganisation },
        );
        for (const l of links)
          rows.push({
            organisationCode: org.code,
            organisationName: org.name,
            role: l.role,
            link: surveyLink(ctx.publicUrl, l.token),
          });
      }
      return { links: rows };
    }),
});
