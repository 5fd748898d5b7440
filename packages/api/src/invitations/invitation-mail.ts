import type { Locale } from "../messages/localized.js";

/** The e-mail inviting (or reminding) a respondent, in the language the sender chose. */
export function invitationMail(
  locale: Locale,
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
