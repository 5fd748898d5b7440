import type { Locale } from "../messages/localized.js";

/** Hours a password-reset link stays valid. */
export const RESET_HOURS = 24;

/** The e-mail with a password-reset link, in the user's language. */
export function resetMail(
  locale: Locale,
  to: string,
  link: string,
): { to: string; subject: string; text: string } {
  return locale === "en"
    ? {
        to,
        subject: "Maturo: reset your password",
        text: `Set a new password within ${RESET_HOURS} hours:\n\n${link}\n\nDid not ask for this? Ignore this e-mail.`,
      }
    : {
        to,
        subject: "Maturo: nieuw wachtwoord",
        text: `Kies binnen ${RESET_HOURS} uur een nieuw wachtwoord:\n\n${link}\n\nNiet aangevraagd? Negeer deze e-mail.`,
      };
}
