import type { Role } from "@maturo/model";
import { disclosureRules } from "@maturo/report";
import { unsealToken } from "../auth/tokens.js";
import type { Context } from "../context.js";
import { AppError } from "../errors.js";
import type { Locale } from "../messages/localized.js";
import type { CampaignRow } from "../shared/campaign-access.js";
import { campaignStatus } from "../shared/campaign-status.js";
import { loadInstrumentVersion } from "../shared/instrument-version.js";
import { organisationById } from "../shared/organisations.js";
import { createInvitations, surveyLink } from "./create-invitations.js";
import { invitationMail } from "./invitation-mail.js";
import { markReminded, markSent, unansweredByEmail } from "./queries.js";

type Sender = Pick<Context, "db" | "secret" | "now" | "mailer" | "publicUrl"> & { campaign: CampaignRow };

async function organisationName(ctx: Sender, organisationId: number): Promise<string> {
  return (await organisationById(ctx.db, organisationId))?.name ?? "";
}

/** The campaign's k, which the mail promises the respondent. */
async function minGroupSize(ctx: Sender): Promise<number> {
  const version = await loadInstrumentVersion(ctx.db, ctx.campaign.instrument_version_id);
  return disclosureRules(version.compiled.rules).minGroupSize;
}

/** One printable letter: a personal link without any address (the key user hands it out). */
export interface Letter {
  role: Role;
  link: string;
}

/**
 * Personal links for one role (docs/decisions.md, "Invitations without address ↔ link pairs"):
 * e-mail addresses are mailed by the server and only counted back — never shown next to their
 * links; `count` anonymous links come back as letters to print and hand out. Tokens are stored
 * hashed; a letter's link is shown once.
 */
export async function inviteRespondents(
  ctx: Sender,
  input: {
    organisationId: number;
    role: Role;
    recipients: { emails: string[] } | { count: number };
    locale: Locale;
  },
): Promise<{ role: Role; created: number; emailed: number; links: Letter[] }> {
  const { campaign, mailer } = ctx;
  const status = campaignStatus(
    { status: campaign.status, opensAt: campaign.opens_at, closesAt: campaign.closes_at },
    ctx.now(),
  );
  // A scheduled wave may already hand out links (they open on its opening date); a closed one may not.
  if (status === "closed") throw new AppError("invitation.campaign-closed");
  const byEmail = "emails" in input.recipients;
  if (byEmail && !mailer) throw new AppError("invitation.emails-need-smtp");
  const now = ctx.now();
  const created = await createInvitations(
    ctx.db,
    ctx.secret,
    now,
    { campaignId: campaign.id, organisationId: input.organisationId, role: input.role },
    input.recipients,
  );
  let emailed = 0;
  if (mailer && byEmail) {
    const organisation = await organisationName(ctx, input.organisationId);
    const k = await minGroupSize(ctx);
    for (const invitation of created) {
      if (!invitation.email) continue;
      const url = surveyLink(ctx.publicUrl, invitation.token);
      await mailer.send({
        to: invitation.email,
        ...invitationMail(input.locale, organisation, campaign.name, url, false, k),
      });
      emailed += 1;
    }
    await markSent(
      ctx.db,
      created.map((l) => l.invitationId),
      now.toISOString(),
    );
  }
  return {
    role: input.role,
    created: created.length,
    emailed,
    links: byEmail ? [] : created.map((l) => ({ role: l.role, link: surveyLink(ctx.publicUrl, l.token) })),
  };
}

/**
 * E-mails a reminder to everyone invited by e-mail who has not submitted yet; the server picks them,
 * the caller learns only how many.
 */
export async function remindRespondents(
  ctx: Sender,
  input: { organisationId: number; locale: Locale },
): Promise<{ sent: number }> {
  const { campaign, mailer } = ctx;
  if (!mailer) throw new AppError("invitation.no-smtp");
  const open = await unansweredByEmail(ctx.db, campaign.id, input.organisationId);
  const organisation = await organisationName(ctx, input.organisationId);
  const k = await minGroupSize(ctx);
  const now = ctx.now().toISOString();
  let sent = 0;
  for (const invitation of open) {
    const link = surveyLink(ctx.publicUrl, unsealToken(ctx.secret, invitation.token_sealed as string));
    await mailer.send({
      to: invitation.email as string,
      ...invitationMail(input.locale, organisation, campaign.name, link, true, k),
    });
    await markReminded(ctx.db, invitation.id, invitation.reminders_sent + 1, now);
    sent += 1;
  }
  return { sent };
}
