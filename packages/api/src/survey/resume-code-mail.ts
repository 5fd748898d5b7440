import type { Context } from "../context.js";
import { wording } from "../messages/catalogue.js";
import type { RespondentInvitation } from "./link-state.js";

/**
 * Sends the resume code to the invited address when the server mails (SMTP configured). The code
 * was also shown on screen, so a failed mail fails nothing: it is reported to the server's log.
 */
export async function mailResumeCode(
  ctx: Pick<Context, "mailer">,
  invitation: Pick<RespondentInvitation, "email" | "campaignName">,
  code: string,
  locale: "nl" | "en",
): Promise<void> {
  if (!ctx.mailer || !invitation.email) return;
  const campaign = invitation.campaignName;
  try {
    await ctx.mailer.send({
      to: invitation.email,
      subject: wording("survey.resume-code-mail-subject", { campaign })[locale],
      text: wording("survey.resume-code-mail-body", { campaign, code })[locale],
    });
  } catch (error) {
    console.error("resume code mail failed:", error instanceof Error ? error.message : error);
  }
}
