export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** A set of texts in both languages; a key missing in one language is a type error. */
export type Messages<K extends string> = Record<Locale, Record<K, string>>;

/** Texts of the app shell; each area (respondent, portal, console) keeps its own next to its code. */
export const messages = {
  nl: {
    appName: "Maturo",
    tagline: "Digitale maturiteit van lokale besturen meten en verbeteren",
    language: "Taal",
    skipToContent: "Naar de inhoud",
    loading: "Even geduld…",
    notFoundTitle: "Pagina niet gevonden",
    notFoundBody: "Deze pagina bestaat niet (meer).",
    home: "Naar de startpagina",
    login: "Aanmelden",
    logout: "Afmelden",
    homeIntro:
      "Maturo helpt lokale besturen hun digitale maturiteit in kaart te brengen: een zelfevaluatie met profiel, benchmark en aanbevelingen, en onderzoek over alle besturen van een regio.",
    homeRespondent: "Kreeg u een persoonlijke link? Open die link om de vragenlijst in te vullen.",
    errorGeneric: "Er ging iets mis. Probeer het opnieuw.",
    statusHeading: "Systeemstatus",
    statusLoading: "Status wordt opgehaald…",
    statusError: "De server antwoordt niet. Probeer het later opnieuw.",
    statusVersion: "Versie",
    statusDatabase: "Database",
    statusOrganisations: "Organisaties",
  },
  en: {
    appName: "Maturo",
    tagline: "Measuring and improving the digital maturity of local governments",
    language: "Language",
    skipToContent: "Skip to content",
    loading: "Loading…",
    notFoundTitle: "Page not found",
    notFoundBody: "This page does not exist (any more).",
    home: "Go to the home page",
    login: "Log in",
    logout: "Log out",
    homeIntro:
      "Maturo helps local governments map their digital maturity: a self-assessment with a profile, benchmark and recommendations, and research across all governments of a region.",
    homeRespondent: "Did you receive a personal link? Open that link to fill in the questionnaire.",
    errorGeneric: "Something went wrong. Please try again.",
    statusHeading: "System status",
    statusLoading: "Fetching status…",
    statusError: "The server does not answer. Please try again later.",
    statusVersion: "Version",
    statusDatabase: "Database",
    statusOrganisations: "Organisations",
  },
} as const satisfies Messages<string>;

export type MessageKey = keyof (typeof messages)["nl"];
