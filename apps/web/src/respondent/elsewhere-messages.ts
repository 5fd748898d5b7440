import type { Messages } from "../i18n/messages.js";

/**
 * Texts of the page a link shows on another device than the one that answered; loaded with that page,
 * so the questionnaire itself does not carry them.
 */
export const elsewhereMessages = {
  nl: {
    elsewhereTitle: "Deze vragenlijst werd op een ander toestel ingevuld",
    elsewhereBody:
      "Uw antwoorden verschijnen alleen op dat toestel, of hier na uw herstelcode (getoond bij uw eerste antwoord).",
    elsewhereCodeLabel: "Herstelcode",
    elsewhereCodeHint: "8 tekens, bijvoorbeeld ACDE-FGHJ",
    elsewhereContinue: "Verdergaan met mijn antwoorden",
    elsewhereWrongCode: "Dit is niet de herstelcode van deze vragenlijst.",
    elsewhereTooManyCodes: "Te veel foute codes. Probeer over 15 minuten opnieuw.",
    elsewhereFailed: "Dat lukte niet. Probeer opnieuw.",
  },
  en: {
    elsewhereTitle: "This questionnaire was answered on another device",
    elsewhereBody:
      "Your answers appear only on that device, or here after your resume code (shown with your first answer).",
    elsewhereCodeLabel: "Resume code",
    elsewhereCodeHint: "8 characters, for example ACDE-FGHJ",
    elsewhereContinue: "Continue with my answers",
    elsewhereWrongCode: "This is not the resume code of this questionnaire.",
    elsewhereTooManyCodes: "Too many wrong codes. Try again in 15 minutes.",
    elsewhereFailed: "That did not work. Try again.",
  },
} as const satisfies Messages<string>;

export type ElsewhereMessageKey = keyof (typeof elsewhereMessages)["nl"];
