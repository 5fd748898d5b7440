import type { Messages } from "../i18n/messages.js";

/** Texts of the home page and of the page for an unknown address. */
export const homeMessages = {
  nl: {
    tagline: "Digitale maturiteit van lokale besturen meten en verbeteren",
    notFoundTitle: "Pagina niet gevonden",
    notFoundBody: "Deze pagina bestaat niet (meer).",
    home: "Naar de startpagina",
    login: "Aanmelden",
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
  },
  en: {
    tagline: "Measuring and improving the digital maturity of local governments",
    notFoundTitle: "Page not found",
    notFoundBody: "This page does not exist (any more).",
    home: "Go to the home page",
    login: "Log in",
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
  },
} as const satisfies Messages<string>;
