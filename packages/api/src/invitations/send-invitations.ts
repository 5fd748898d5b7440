import type { Role } from "@maturo/model";
import { unsealToken } from "../auth/tokens.js";
import type { Context } from "../context.js";
import { AppError } from "../errors.js";
import type { Locale } from "../messages/localized.js";
import type { CampaignRow } from "../shared/campaign-access.js";
import { organisationById } from "../shared/organisations.js";
import { createInvitations, surveyLink } from "./create-invitations.js";
import { invitationMail } from "./invitation-mail.js";
import { markReminded, markSent, unansweredByEmail } from "./queries.js";

type Sender = Pick<Context, "db" | "secret" | "now" | "mailer" | "publicUrl"> & { campaign: CampaignRow };

async function organisationName(ctx: Sender, organisationId: number): Promise<string> {
  return (await organisationById(ctx.db, organisationId))?.name ?? "";
}

/**
 * Personal links for one role: one per e-mail address (sent by e-mail when SMTP is configured) or
 * `count` links to copy or download. Tokens are returned once and stored hashed.
 */
export async function inviteRespondents(
  ctx: Sender,
  input: {
    organisationId: number;
    role: Role;
    recipients: { emails: string[] } | { count: number };
    locale: Locale;
  },
): Promise<{ links: { role: Role; email: string | null; link: string }[]; emailed: number }> {
  const { campaign, mailer } = ctx;
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
  if (mailer && "emails" in input.recipients) {
    const organisation = await organisationName(ctx, input.organisationId);
    for (const link of links) {
      if (!link.email) continue;
      const url = surveyLink(ctx.publicUrl, link.token);
      await mailer.send({
        to: link.email,
        ...invitationMail(input.locale, organisation, campaign.name, url, false),
      });
      emailed += 1;
    }
    await markSent(
      ctx.db,
      links.map((l) => l.invitationId),
      now.toISOString(),
    );
  }
  return {
    links: links.map((l) => ({ role: l.role, email: l.email, link: surveyLink(ctx.publicUrl, l.token) })),
    emailed,
  };
}

/** E-mails a reminder to everyone invited by e-mail who has not submitted yet. */
export async function remindRespondents(
  ctx: Sender,
  input: { organisationId: number; locale: Locale },
): Promise<{ sent: number }> {
  const { campaign, mailer } = ctx;
  if (!mailer) throw new AppError("invitation.no-smtp");
  const open = await unansweredByEmail(ctx.db, campaign.id, input.organisationId);
  const organisation = await organisationName(ctx, input.organisationId);
  const now = ctx.now().toISOString();
  let sent = 0;
  for (const invitation of open) {
    const link = surveyLink(ctx.publicUrl, unsealToken(ctx.secret, invitation.token_sealed as string));
    await mailer.send({
      to: invitation.email as string,
      ...invitationMail(input.locale, organisation, campaign.name, link, true),
    });
    await markReminded(ctx.db, invitation.id, invitation.reminders_sent + 1, now);
    sent += 1;
  }
  return { sent };
}
