import { addressOf } from "@maturo/model/addresses";
import { z } from "zod";
import { audited } from "../procedures/audited.js";
import { id, locale, role } from "../shared/inputs.js";
import { publicProcedure, researcherProcedure, router } from "../trpc.js";
import { disclosureForLink } from "./disclosure-for-link.js";
import { linksForWave } from "./links-for-wave.js";
import { invitingProcedure } from "./may-invite.js";
import { participation } from "./participation.js";
import { invitationRegister } from "./register.js";
import { revokeInvitation } from "./revoke-invitation.js";
import { inviteRespondents, remindRespondents, resendInvitation } from "./send-invitations.js";

const mailLocale = locale.default("nl");

/**
 * Pasted recipients, bare or as a mail program copies them (`An Janssens <an@example.org>`): each
 * one's address as typed, read by the one parser the portal uses too (`@maturo/model/addresses`); an
 * entry that is not an address is named by its position (`recipients.emails.3`).
 */
const recipients = z
  .union([
    z.object({ emails: z.array(z.string().max(1000)).min(1).max(500) }),
    z.object({ count: z.int().min(1).max(500) }),
  ])
  .transform((given, ctx) => {
    if (!("emails" in given)) return given;
    const emails = given.emails.map((entry, index) => {
      const address = addressOf(entry);
      if (address === null)
        ctx.addIssue({ code: "invalid_format", format: "email", input: entry, path: ["emails", index] });
      return address ?? "";
    });
    return { emails };
  });

/** Who invites is in the audit log; how many links, never the addresses or tokens. */
type Invited = { campaignId: number; organisationId: number };
const invitationScope = (input: Invited) => ({
  campaignId: input.campaignId,
  organisationId: input.organisationId,
});
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
        recipients,
        locale: mailLocale,
      }),
    )
    .use(audited("invitations.create", invitationsCreated))
    .mutation(({ ctx, input }) => inviteRespondents(ctx, input)),

  /**
   * E-mails a reminder to everyone invited by e-mail who has not submitted yet, chosen by the server;
   * says nothing about who or how many.
   */
  remind: invitingProcedure
    .input(z.object({ locale: mailLocale }))
    .use(audited("invitations.remind", invitationScope))
    .mutation(({ ctx, input }) => remindRespondents(ctx, input)),

  /** The register: per role, each invitation's address as entered and its dates — never who answered. */
  register: invitingProcedure.query(({ ctx: { db }, input }) =>
    invitationRegister(db, input.campaignId, input.organisationId),
  ),

  /** Revokes one invitation: its link stops answering; submitted answers (and every figure) stay. */
  revoke: invitingProcedure
    .input(z.object({ invitationId: id }))
    .use(
      audited("invitations.revoke", (input: Invited & { invitationId: number }) => ({
        ...invitationScope(input),
        detail: { invitationId: input.invitationId },
      })),
    )
    .mutation(({ ctx, input }) => revokeInvitation(ctx, input)),

  /** Sends one invitation again: its link by e-mail (SMTP needed), or a new letter replacing a lost one. */
  resend: invitingProcedure
    .input(z.object({ invitationId: id, locale: mailLocale }))
    .use(
      audited(
        "invitations.resend",
        (input: Invited & { invitationId: number }, output: { emailed: boolean }) => ({
          ...invitationScope(input),
          detail: { invitationId: input.invitationId, by: output.emailed ? "email" : "letter" },
        }),
      ),
    )
    .mutation(({ ctx, input }) => resendInvitation(ctx, input)),

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
