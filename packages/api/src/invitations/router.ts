import { z } from "zod";
import { audited } from "../procedures/audited.js";
import { email, id, locale, role } from "../shared/inputs.js";
import { publicProcedure, researcherProcedure, router } from "../trpc.js";
import { disclosureForLink } from "./disclosure-for-link.js";
import { linksForWave } from "./links-for-wave.js";
import { invitingProcedure } from "./may-invite.js";
import { participation } from "./participation.js";
import { inviteRespondents, remindRespondents } from "./send-invitations.js";

const mailLocale = locale.default("nl");

/** Who invites is in the audit log; how many links, never the addresses or tokens. */
type Invited = { campaignId: number; organisationId: number };
const invitationsCreated = (input: Invited & { role: string }, output: { created: number }) => ({
  campaignId: input.campaignId,
  organisationId: input.organisationId,
  detail: { role: input.role, links: output.created },
});

export const invitationsRouter = router({
  /**
   * Personal links for one role: one per pasted e-mail address, mailed by the server (SMTP needed;
   * only counts come back), or `count` letters to print. Never an address next to a link.
   */
  create: invitingProcedure
    .input(
      z.object({
        role,
        recipients: z.union([
          z.object({ emails: z.array(email).min(1).max(500) }),
          z.object({ count: z.int().min(1).max(500) }),
        ]),
        locale: mailLocale,
      }),
    )
    .use(audited("invitations.create", invitationsCreated))
    .mutation(({ ctx, input }) => inviteRespondents(ctx, input)),

  /** E-mails a reminder to everyone invited by e-mail who has not submitted yet; returns only how many. */
  remind: invitingProcedure
    .input(z.object({ locale: mailLocale }))
    .use(
      audited("invitations.remind", (input: Invited, output: { sent: number }) =>
        output.sent > 0
          ? {
              campaignId: input.campaignId,
              organisationId: input.organisationId,
              detail: { sent: output.sent },
            }
          : null,
      ),
    )
    .mutation(({ ctx, input }) => remindRespondents(ctx, input)),

  /** Counts per role — invited, started, submitted — never who answered what. */
  participation: invitingProcedure.query(({ ctx: { db }, input }) =>
    participation(db, input.campaignId, input.organisationId),
  ),

  /**
   * What the intro behind a personal link tells the respondent: the thresholds the key user's figures
   * are held to (k respondents, benchmark organisations), from the campaign's framework rules.
   */
  disclosure: publicProcedure
    .input(z.object({ token: z.string().trim().min(16).max(200) }))
    .query(({ ctx, input }) => disclosureForLink(ctx, input.token)),

  /** Researchers: `perOrganisation` links of one role for every organisation of a wave's population. */
  bulkForWave: researcherProcedure
    .input(z.object({ campaignId: id, role, perOrganisation: z.int().min(1).max(50) }))
    .use(
      audited(
        "invitations.create",
        (input: { campaignId: number; role: string }, output: { links: unknown[] }) => ({
          campaignId: input.campaignId,
          detail: { role: input.role, links: output.links.length },
        }),
      ),
    )
    .mutation(({ ctx, input }) => linksForWave(ctx, input)),
});
