export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** Every text a person reads, in both languages; a missing key is a type error. */
export const messages = {
  nl: {
    appName: "Maturo",
    tagline: "Digitale maturiteit van lokale besturen meten en verbeteren",
    language: "Taal",
    statusHeading: "Systeemstatus",
    statusLoading: "Status wordt opgehaald…",
    statusError: "De server antwoordt niet. Probeer het later opnieuw.",
    statusVersion: "Versie",
    statusDatabase: "Database",
    statusOrganisations: "Organisaties",
    skipToContent: "Naar de inhoud",
  },
  en: {
    appName: "Maturo",
    tagline: "Measuring and improving the digital maturity of local governments",
    language: "Language",
    statusHeading: "System status",
    statusLoading: "Fetching status…",
    statusError: "The server does not answer. Please try again later.",
    statusVersion: "Version",
    statusDatabase: "Database",
    statusOrganisations: "Organisations",
    skipToContent: "Skip to content",
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type MessageKey = keyof (typeof messages)["nl"];
