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
    tagline: "Digitale maturiteit van lokale besturen meten en verbeteren",
    language: "Taal",
    skipToContent: "Naar de inhoud",
    loading: "Even geduld…",
    notFoundTitle: "Pagina niet gevonden",
    notFoundBody: "Deze pagina bestaat niet (meer).",
    home: "Naar de startpagina",
    login: "Aanmelden",
    logout: "Afmelden",
    homeTitle: "Startpagina",
    homeIntro:
      "Maturo is een online zelfevaluatie van de digitale maturiteit van lokale besturen. De algemeen directeur, het managementteam en medewerkers vullen een vragenlijst in; het bestuur krijgt een maturiteitsprofiel, een vergelijking met andere besturen, aanbevelingen en een rapport om zijn digitale strategie mee te sturen.",
    homeForWhomHeading: "Voor wie is Maturo?",
    homeForKeyUsers:
      "Sleutelgebruikers van een bestuur starten een bevraging, volgen de deelname op en bekijken de resultaten.",
    homeForRespondents:
      "Medewerkers die een persoonlijke link kregen, openen die link om de vragenlijst in te vullen. Aanmelden is daarvoor niet nodig.",
    homeForResearchers: "Onderzoekers bevragen alle besturen van een regio en vergelijken de resultaten.",
    requestAccount: "Account aanvragen",
    toPortal: "Naar het portaal",
    toConsole: "Naar de console",
    errorGeneric: "Er ging iets mis. Probeer het opnieuw.",
    statusVersion: "versie",
    titlePortal: "Portaal",
    titleParticipation: "Deelname",
    titleResults: "Resultaten",
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
    homeTitle: "Home",
    homeIntro:
      "Maturo is an online self-assessment of the digital maturity of local governments. The general director, the management team and staff fill in a questionnaire; the organisation receives a maturity profile, a comparison with other governments, recommendations and a report to steer its digital strategy.",
    homeForWhomHeading: "Who is Maturo for?",
    homeForKeyUsers:
      "Key users of a local government start a survey, follow participation and look at the results.",
    homeForRespondents:
      "Staff who received a personal link open that link to fill in the questionnaire. They do not need to log in.",
    homeForResearchers: "Researchers survey all governments of a region and compare the results.",
    requestAccount: "Request an account",
    toPortal: "Go to the portal",
    toConsole: "Go to the console",
    errorGeneric: "Something went wrong. Please try again.",
    statusVersion: "version",
    titlePortal: "Portal",
    titleParticipation: "Participation",
    titleResults: "Results",
  },
} as const satisfies Messages<string>;

export type MessageKey = keyof (typeof messages)["nl"];
