import type { Messages } from "../i18n/messages.js";

/**
 * Texts of the notices a save can bring (the resume code after the first answer, answers that were not
 * applied); loaded with those notices, after the questionnaire is on screen.
 */
export const noticeMessages = {
  nl: {
    resumeCodeHeading: "Uw herstelcode: {code}",
    resumeCodeText:
      "Uw antwoorden verschijnen alleen op dit toestel. Om elders verder te gaan, geeft u daar deze code in. Noteer ze: we tonen ze maar één keer.",
    resumeCodeDismiss: "Ik heb de code genoteerd",
    conflictTitle: "Niet elk antwoord werd bewaard",
    conflictStale: "“{question}”: er is een nieuwer antwoord bewaard; dat ziet u nu.",
    conflictNotAsked: "“{question}”: niet gevraagd bij uw bewaarde antwoorden; niet bewaard.",
    conflictDismiss: "Begrepen",
  },
  en: {
    resumeCodeHeading: "Your resume code: {code}",
    resumeCodeText:
      "Your answers appear only on this device. To continue elsewhere, enter this code there. Note it: it is shown only once.",
    resumeCodeDismiss: "I have noted the code",
    conflictTitle: "Not every answer was saved",
    conflictStale: "“{question}”: a newer answer is stored; it is shown now.",
    conflictNotAsked: "“{question}”: not asked given your stored answers; not saved.",
    conflictDismiss: "Understood",
  },
} as const satisfies Messages<string>;
