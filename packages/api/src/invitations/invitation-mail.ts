import type { Locale } from "../messages/localized.js";

/**
 * The e-mail inviting (or reminding) a respondent, in the language the sender chose; `k` is the
 * campaign's disclosure threshold (the same the intro states).
 */
export function invitationMail(
  locale: Locale,
  organisation: string,
  campaign: string,
  link: string,
  reminder: boolean,
  k: number,
): { subject: string; text: string } {
  if (locale === "en") {
    return {
      subject: `${reminder ? "Reminder: " : ""}${organisation} — digital maturity questionnaire`,
      text: `${organisation} takes part in "${campaign}". Your answers help your organisation see where it stands digitally.\n\nYour personal link (about 15 minutes; you can pause and resume):\n${link}\n\nYour organisation only sees counts and totals of groups of at least ${k} people; researchers see your answers pseudonymised, not anonymous (without your name or e-mail address).`,
    };
  }
  return {
    subject: `${reminder ? "Herinnering: " : ""}${organisation} — vragenlijst digitale maturiteit`,
    text: `${organisation} neemt deel aan "${campaign}". Met uw antwoorden ziet uw organisatie waar ze digitaal staat.\n\nUw persoonlijke link (ongeveer 15 minuten; u kunt pauzeren en later verdergaan):\n${link}\n\nUw organisatie ziet alleen aantallen en totalen van groepen van minstens ${k} personen; onderzoekers zien uw antwoorden gepseudonimiseerd, niet anoniem (zonder uw naam of e-mailadres).`,
  };
}
