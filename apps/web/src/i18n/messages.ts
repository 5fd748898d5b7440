export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language by its own name, as a reader of it looks for it. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { nl: "Nederlands", en: "English" };

/** A set of texts in both languages; a key missing in one language is a type error. */
export type Messages<K extends string> = Record<Locale, Record<K, string>>;

/** Texts of the app shell; each area (respondent, portal, console) keeps its own next to its code. */
export const messages = {
  nl: {
    appName: "Maturo",
    language: "Taal",
    skipToContent: "Naar de inhoud",
    loading: "Even geduld…",
    logout: "Afmelden",
    errorGeneric: "Er ging iets mis. Probeer het opnieuw.",
    statusVersion: "versie",
    titlePortal: "Portaal",
    titleParticipation: "Deelname",
    titleResults: "Resultaten",
  },
  en: {
    appName: "Maturo",
    language: "Language",
    skipToContent: "Skip to content",
    loading: "Loading…",
    logout: "Log out",
    errorGeneric: "Something went wrong. Please try again.",
    statusVersion: "version",
    titlePortal: "Portal",
    titleParticipation: "Participation",
    titleResults: "Results",
  },
} as const satisfies Messages<string>;

export type MessageKey = keyof (typeof messages)["nl"];
