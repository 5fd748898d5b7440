import { addressKey, type Role } from "@maturo/model";
import { disclosureRules } from "@maturo/report";
import { hashToken, newToken, sealToken, unsealToken } from "../auth/tokens.js";
import type { Context } from "../context.js";
import { AppError } from "../errors.js";
import type { Locale } from "../messages/localized.js";
import type { CampaignRow } from "../shared/campaign-access.js";
import { campaignStatus } from "../shared/campaign-status.js";
import { loadInstrumentVersion } from "../shared/instrument-version.js";
import { organisationById } from "../shared/organisations.js";
import { createInvitations, surveyLink } from "./create-invitations.js";
import { invitationMail } from "./invitation-mail.js";
import {
  invitationOf,
  invitedAddresses,
  markReminded,
  markReminderRound,
  markResent,
  markSent,
  replaceToken,
  unansweredByEmail,
} from "./queries.js";

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

/** Invitations are made and mailed only while the campaign is not closed (a scheduled one may). */
function assertNotClosed(ctx: Sender): void {
  const { campaign } = ctx;
  const status = campaignStatus(
    { status: campaign.status, opensAt: campaign.opens_at, closesAt: campaign.closes_at },
    ctx.now(),
  );
  if (status === "closed") throw new AppError("invitation.campaign-closed");
}

/**
 * The pasted addresses that get an invitation: each once (compared case-insensitively), and none
 * already invited in this campaign — an address invited twice lowers the response rate.
 */
async function newAddresses(
  ctx: Sender,
  organisationId: number,
  emails: readonly string[],
): Promise<{ fresh: string[]; repeated: string[]; alreadyInvited: string[] }> {
  const seen = new Set<string>();
  const unique: string[] = [];
  const repeated: string[] = [];
  for (const address of emails) {
    const key = addressKey(address);
    if (seen.has(key)) repeated.push(address);
    else unique.push(address);
    seen.add(key);
  }
  const invited = await invitedAddresses(ctx.db, ctx.campaign.id, organisationId, [...seen]);
  const invitedKeys = new Set(invited.map(addressKey));
  return {
    fresh: unique.filter((address) => !invitedKeys.has(addressKey(address))),
    repeated,
    alreadyInvited: unique.filter((address) => invitedKeys.has(addressKey(address))),
  };
}

/**
 * Personal links for one role (docs/decisions.md, "Invitations without address ↔ link pairs"):
 * e-mail addresses are mailed by the server and only counted back — never shown next to their
 * links; `count` anonymous links come back as letters to print and hand out. Tokens are stored
 * hashed; a letter's link is shown once. A pasted address is invited once: repeats in the paste and
 * addresses already invited in the campaign are reported back, not invited again.
 */
export async function inviteRespondents(
  ctx: Sender,
  input: {
    organisationId: number;
    role: Role;
    recipients: { emails: string[] } | { count: number };
    locale: Locale;
  },
): Promise<{
  role: Role;
  created: number;
  emailed: number;
  links: Letter[];
  repeated: string[];
  alreadyInvited: string[];
}> {
  const { campaign, mailer } = ctx;
  assertNotClosed(ctx);
  const byEmail = "emails" in input.recipients;
  if (byEmail && !mailer) throw new AppError("invitation.emails-need-smtp");
  const addresses =
    "emails" in input.recipients
      ? await newAddresses(ctx, input.organisationId, input.recipients.emails)
      : { fresh: [], repeated: [], alreadyInvited: [] };
  const now = ctx.now();
  const created = await createInvitations(
    ctx.db,
    ctx.secret,
    now,
    { campaignId: campaign.id, organisationId: input.organisationId, role: input.role },
    byEmail ? { emails: addresses.fresh } : input.recipients,
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
    repeated: addresses.repeated,
    alreadyInvited: addresses.alreadyInvited,
  };
}

/**
 * E-mails a reminder to everyone invited by e-mail who has not submitted yet. The server picks them;
 * the caller learns nothing — not even how many, which after revoking all but one invitation would
 * say whether that one answered (docs/decisions.md, "Invitation register (issue 15)"). The round is
 * recorded on every invitation by e-mail, mailed or not.
 */
export async function remindRespondents(
  ctx: Sender,
  input: { organisationId: number; locale: Locale },
): Promise<{ reminded: true }> {
  const { campaign, mailer } = ctx;
  if (!mailer) throw new AppError("invitation.no-smtp");
  assertNotClosed(ctx);
  const open = await unansweredByEmail(ctx.db, campaign.id, input.organisationId);
  const organisation = await organisationName(ctx, input.organisationId);
  const k = await minGroupSize(ctx);
  const now = ctx.now().toISOString();
  for (const invitation of open) {
    const link = surveyLink(ctx.publicUrl, unsealToken(ctx.secret, invitation.token_sealed as string));
    await mailer.send({
      to: invitation.email as string,
      ...invitationMail(input.locale, organisation, campaign.name, link, true, k),
    });
    await markReminded(ctx.db, invitation.id, invitation.reminders_sent + 1, now);
  }
  await markReminderRound(ctx.db, campaign.id, input.organisationId, now);
  return { reminded: true };
}

/**
 * Sends one invitation again, whatever its respondent did (so the answer tells nothing): an invitation
 * by e-mail is mailed its link again (SMTP needed); a letter gets a new link, printed again — the
 * lost letter's link stops working, answers already given stay with the invitation.
 */
export async function resendInvitation(
  ctx: Sender,
  input: { organisationId: number; invitationId: number; locale: Locale },
): Promise<{ emailed: boolean; links: Letter[] }> {
  const { campaign, mailer } = ctx;
  assertNotClosed(ctx);
  const invitation = await invitationOf(ctx.db, campaign.id, input.organisationId, input.invitationId);
  if (!invitation) throw new AppError("invitation.unknown");
  if (invitation.revoked_at !== null) throw new AppError("invitation.revoked");
  if (invitation.token_sealed === null) throw new AppError("invitation.link-purged");
  const now = ctx.now().toISOString();
  if (invitation.email !== null) {
    if (!mailer) throw new AppError("invitation.no-smtp");
    const link = surveyLink(ctx.publicUrl, unsealToken(ctx.secret, invitation.token_sealed));
    await mailer.send({
      to: invitation.email,
      ...invitationMail(
        input.locale,
        await organisationName(ctx, input.organisationId),
        campaign.name,
        link,
        false,
        await minGroupSize(ctx),
      ),
    });
    await markResent(ctx.db, invitation.id, now);
    return { emailed: true, links: [] };
  }
  const token = newToken();
  await replaceToken(ctx.db, invitation.id, {
    hash: hashToken(ctx.secret, token),
    sealed: sealToken(ctx.secret, token),
  });
  await markResent(ctx.db, invitation.id, now);
  return { emailed: false, links: [{ role: invitation.role, link: surveyLink(ctx.publicUrl, token) }] };
}
