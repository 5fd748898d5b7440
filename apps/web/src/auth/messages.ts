import type { Messages } from "../i18n/messages.js";

export const authMessages = {
  nl: {
    loginTitle: "Aanmelden",
    loginIntro: "Voor sleutelgebruikers van een bestuur, onderzoekers en beheerders.",
    email: "E-mailadres",
    password: "Wachtwoord",
    submit: "Aanmelden",
    busy: "Bezig met aanmelden…",
    wrong: "Het e-mailadres of het wachtwoord klopt niet.",
    tooMany: "Te veel pogingen. Probeer het over 15 minuten opnieuw.",
    requestAccount: "Nog geen account voor uw bestuur? Vraag er een aan.",
    signedInAs: "Aangemeld als {name}",
  },
  en: {
    loginTitle: "Log in",
    loginIntro: "For key users of a local government, researchers and administrators.",
    email: "E-mail address",
    password: "Password",
    submit: "Log in",
    busy: "Logging in…",
    wrong: "The e-mail address or the password is wrong.",
    tooMany: "Too many attempts. Try again in 15 minutes.",
    requestAccount: "No account for your organisation yet? Request one.",
    signedInAs: "Logged in as {name}",
  },
} as const satisfies Messages<string>;
