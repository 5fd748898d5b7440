import { wording } from "../messages/catalogue.js";
import type { Locale } from "../messages/localized.js";

/**
 * The e-mail inviting (or reminding) a respondent, in the language the sender chose; `k` is the
 * campaign's disclosure threshold (the same the intro states). The wording is in the catalogue.
 */
export function invitationMail(
  locale: Locale,
  organisation: string,
  campaign: string,
  link: string,
  reminder: boolean,
  k: number,
): { subject: string; text: string } {
  return {
    subject: wording("invitation.mail-subject", { organisation, reminder })[locale],
    text: wording("invitation.mail-body", { organisation, campaign, link, k })[locale],
  };
}
