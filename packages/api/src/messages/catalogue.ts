import type { Localized } from "./localized.js";

/** How a failure is answered over tRPC/HTTP; mapped to tRPC codes in one place (trpc.ts). */
export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  | "PRECONDITION_FAILED"
  | "INTERNAL_SERVER_ERROR"
  | "SERVICE_UNAVAILABLE";

/** The things a request may fail to find, named in both languages. */
const SUBJECTS = {
  user: { en: "user", nl: "gebruiker" },
  campaign: { en: "campaign", nl: "campagne" },
  organisation: { en: "organisation", nl: "organisatie" },
  membership: { en: "membership", nl: "lidmaatschap" },
  "account request": { en: "account request", nl: "accountaanvraag" },
  "instrument version": { en: "instrument version", nl: "vragenlijstversie" },
} as const satisfies Record<string, Localized>;
export type Subject = keyof typeof SUBJECTS;

/**
 * One message: its wording in Dutch and English from its parameters; for an error also the status it
 * is answered with and the input field it names (a form shows the message next to that field).
 */
interface Message<P> {
  status?: AppErrorCode;
  field?: string | ((params: P) => string);
  text: (params: P) => Localized;
}

type None = Record<never, never>;
const message = <P = None>(entry: Message<P>): Message<P> => entry;

/**
 * Every text the API words for a person, by message code: errors a request can end in and the
 * problems an import reports per row. Validation issues of inputs are worded in issue-messages.ts.
 * The English text is also the error's `message` (CLI, logs, tests).
 */
export const CATALOGUE = {
  // Sessions and roles
  "auth.login-required": message({
    status: "UNAUTHORIZED",
    text: () => ({ en: "please log in", nl: "meld u aan" }),
  }),
  "auth.csrf": message({
    status: "FORBIDDEN",
    text: () => ({
      en: "missing or wrong CSRF token (x-csrf-token header)",
      nl: "CSRF-token ontbreekt of is fout (x-csrf-token header)",
    }),
  }),
  "auth.role-forbidden": message({
    status: "FORBIDDEN",
    text: () => ({ en: "your role may not do this", nl: "uw rol mag dit niet" }),
  }),
  "auth.not-member": message({
    status: "FORBIDDEN",
    text: () => ({
      en: "you are not a key user of this organisation",
      nl: "u bent geen sleutelgebruiker van deze organisatie",
    }),
  }),
  "auth.too-many-logins": message<{ seconds: number }>({
    status: "TOO_MANY_REQUESTS",
    text: ({ seconds }) =>
      seconds > 90
        ? {
            en: `too many login attempts; try again in ${Math.ceil(seconds / 60)} minutes`,
            nl: `te veel aanmeldpogingen; probeer het over ${Math.ceil(seconds / 60)} minuten opnieuw`,
          }
        : {
            en: `too many login attempts; try again in ${seconds} seconds`,
            nl: `te veel aanmeldpogingen; probeer het over ${seconds} seconden opnieuw`,
          },
  }),
  "auth.wrong-credentials": message({
    status: "UNAUTHORIZED",
    text: () => ({ en: "e-mail address or password is wrong", nl: "e-mailadres of wachtwoord is fout" }),
  }),
  "auth.wrong-current-password": message({
    status: "BAD_REQUEST",
    field: "current",
    text: () => ({
      en: "current: the current password is wrong",
      nl: "current: het huidige wachtwoord is fout",
    }),
  }),
  "auth.reset-link-invalid": message({
    status: "BAD_REQUEST",
    field: "token",
    text: () => ({
      en: "token: this reset link is unknown or expired",
      nl: "token: deze herstellink is onbekend of verlopen",
    }),
  }),
  "auth.too-many-requests": message({
    status: "TOO_MANY_REQUESTS",
    text: () => ({
      en: "too many requests; try again later",
      nl: "te veel aanvragen; probeer het later opnieuw",
    }),
  }),

  // Anything
  "not-found": message<{ subject: Subject }>({
    status: "NOT_FOUND",
    text: ({ subject }) => ({
      en: `${SUBJECTS[subject].en} not found`,
      nl: `${SUBJECTS[subject].nl} niet gevonden`,
    }),
  }),
  "storage.unavailable": message({
    status: "SERVICE_UNAVAILABLE",
    text: () => ({
      en: "not stored: the server cannot write to its database right now; try again in a few minutes",
      nl: "niet opgeslagen: de server kan nu niet naar zijn database schrijven; probeer het over enkele minuten opnieuw",
    }),
  }),
  "request.batch-too-large": message<{ max: number; calls: number }>({
    status: "BAD_REQUEST",
    text: ({ max, calls }) => ({
      en: `a batch may hold at most ${max} calls; this one holds ${calls}`,
      nl: `een batch mag hoogstens ${max} aanroepen bevatten; deze bevat er ${calls}`,
    }),
  }),
  internal: message({
    status: "INTERNAL_SERVER_ERROR",
    text: () => ({
      en: "something went wrong on the server; try again later",
      nl: "er ging iets mis op de server; probeer het later opnieuw",
    }),
  }),

  // Administration
  "organisation.code-taken": message<{ code: string }>({
    status: "CONFLICT",
    field: "code",
    text: ({ code }) => ({
      en: `code: an organisation with code "${code}" exists`,
      nl: `code: er bestaat al een organisatie met code "${code}"`,
    }),
  }),
  "organisation.unknown": message({
    status: "BAD_REQUEST",
    field: "organisationId",
    text: () => ({
      en: "organisationId: no such organisation",
      nl: "organisationId: deze organisatie bestaat niet",
    }),
  }),
  "membership.key-users-only": message({
    status: "BAD_REQUEST",
    field: "userId",
    text: () => ({
      en: "userId: only key users belong to organisations",
      nl: "userId: alleen sleutelgebruikers horen bij een organisatie",
    }),
  }),
  "membership.last-organisation": message({
    status: "BAD_REQUEST",
    field: "organisationId",
    text: () => ({
      en: "organisationId: a key user keeps at least one organisation; disable the account instead",
      nl: "organisationId: een sleutelgebruiker houdt minstens één organisatie; schakel het account anders uit",
    }),
  }),
  "user.needs-organisation": message({
    status: "BAD_REQUEST",
    field: "organisationId",
    text: () => ({
      en: "organisationId: a key user belongs to an organisation",
      nl: "organisationId: een sleutelgebruiker hoort bij een organisatie",
    }),
  }),
  "user.email-taken": message<{ email: string }>({
    status: "CONFLICT",
    field: "email",
    text: ({ email }) => ({
      en: `email: ${email} already has an account`,
      nl: `email: ${email} heeft al een account`,
    }),
  }),
  "user.identified-exports-role": message({
    status: "BAD_REQUEST",
    field: "userId",
    text: () => ({
      en: "userId: only researchers and administrators can be allowed identified exports",
      nl: "userId: alleen onderzoekers en beheerders kunnen geïdentificeerde exports krijgen",
    }),
  }),
  "user.cannot-disable-self": message({
    status: "BAD_REQUEST",
    field: "userId",
    text: () => ({ en: "userId: you cannot disable yourself", nl: "userId: u kunt uzelf niet uitschakelen" }),
  }),
  "account-request.decided": message({
    status: "CONFLICT",
    text: () => ({ en: "this request was already decided", nl: "over deze aanvraag werd al beslist" }),
  }),
  "account-request.email-taken": message<{ email: string }>({
    status: "CONFLICT",
    text: ({ email }) => ({ en: `${email} already has an account`, nl: `${email} heeft al een account` }),
  }),
  "demo.refused": message({
    status: "FORBIDDEN",
    text: () => ({
      en: "this server runs a production configuration and refuses to load the demo",
      nl: "deze server draait een productieconfiguratie en laadt de demo niet",
    }),
  }),

  // Instruments and campaigns
  "instrument.invalid-snapshot": message<{ id: number }>({
    status: "PRECONDITION_FAILED",
    text: ({ id }) => ({
      en: `instrument version ${id} is not a valid snapshot`,
      nl: `vragenlijstversie ${id} is geen geldige momentopname`,
    }),
  }),
  "instrument.unscorable": message<{ detail: string }>({
    status: "PRECONDITION_FAILED",
    text: ({ detail }) => ({
      en: `the instrument cannot be scored: ${detail}`,
      nl: `de vragenlijst kan niet gescoord worden: ${detail}`,
    }),
  }),
  "instrument.plugin-not-installed": message<{ index: number; pluginId: string }>({
    status: "BAD_REQUEST",
    field: ({ index }) => `plugins.${index}`,
    text: ({ index, pluginId }) => ({
      en: `plugins[${index}]: "${pluginId}" is not installed on this server`,
      nl: `plugins[${index}]: "${pluginId}" is niet geïnstalleerd op deze server`,
    }),
  }),
  "instrument.plugin-problems": message<{ detail: string }>({
    status: "BAD_REQUEST",
    field: "plugins",
    text: ({ detail }) => ({
      en: `plugins: ${detail}`,
      nl: `plugins: deze plugins vormen samen geen geldige vragenlijst: ${detail}`,
    }),
  }),
  "campaign.closes-before-opens": message({
    status: "BAD_REQUEST",
    field: "closesAt",
    text: () => ({
      en: "closesAt: the closing date must be after the opening date",
      nl: "closesAt: de sluitingsdatum moet na de openingsdatum liggen",
    }),
  }),
  "campaign.version-not-published": message({
    status: "BAD_REQUEST",
    field: "versionId",
    text: () => ({
      en: "versionId: not a published instrument version",
      nl: "versionId: geen gepubliceerde vragenlijstversie",
    }),
  }),
  "campaign.unknown-version": message({
    status: "BAD_REQUEST",
    field: "versionId",
    text: () => ({
      en: "versionId: no such instrument version",
      nl: "versionId: deze vragenlijstversie bestaat niet",
    }),
  }),
  "campaign.unknown-population-member": message<{ index: number; id: number }>({
    status: "BAD_REQUEST",
    field: ({ index }) => `population.${index}`,
    text: ({ index, id }) => ({
      en: `population.${index}: no organisation with id ${id}`,
      nl: `population.${index}: geen organisatie met id ${id}`,
    }),
  }),
  "campaign.may-not-close": message({
    status: "FORBIDDEN",
    text: () => ({ en: "you may not close this campaign", nl: "u mag deze campagne niet afsluiten" }),
  }),
  "report.too-many-pdfs": message({
    status: "TOO_MANY_REQUESTS",
    text: () => ({
      en: "too many PDF reports in one minute; try again in a minute",
      nl: "te veel pdf-rapporten in één minuut; probeer het over een minuut opnieuw",
    }),
  }),
  "campaign.no-results": message({
    status: "NOT_FOUND",
    text: () => ({
      en: "this organisation has no results in this campaign",
      nl: "deze organisatie heeft geen resultaten in deze campagne",
    }),
  }),
  "results.withheld": message<{ minGroup: number; respondents: number }>({
    text: ({ minGroup, respondents }) => ({
      en: `results appear once at least ${minGroup} respondents have submitted (${respondents} so far)`,
      nl: `resultaten verschijnen zodra minstens ${minGroup} deelnemers hebben ingediend (tot nu toe ${respondents})`,
    }),
  }),

  // Invitations
  "invitation.not-taking-part": message({
    status: "BAD_REQUEST",
    field: "organisationId",
    text: () => ({
      en: "organisationId: this organisation does not take part in the campaign",
      nl: "organisationId: deze organisatie neemt niet deel aan de campagne",
    }),
  }),
  "invitation.may-not-invite": message({
    status: "FORBIDDEN",
    text: () => ({
      en: "you may not invite respondents for this organisation",
      nl: "u mag voor deze organisatie geen deelnemers uitnodigen",
    }),
  }),
  "invitation.campaign-closed": message({
    status: "PRECONDITION_FAILED",
    field: "campaignId",
    text: () => ({ en: "campaignId: the campaign is closed", nl: "campaignId: de campagne is afgesloten" }),
  }),
  "invitation.no-smtp": message({
    status: "PRECONDITION_FAILED",
    text: () => ({
      en: "e-mail is not configured on this server (SMTP_HOST), so nothing can be mailed; remind the people who received a letter in person, or print a new letter for one of them",
      nl: "op deze server is geen e-mail ingesteld (SMTP_HOST), dus er kan niets gemaild worden; herinner wie een brief kreeg zelf, of druk voor iemand een nieuwe brief af",
    }),
  }),
  "invitation.emails-need-smtp": message({
    status: "PRECONDITION_FAILED",
    field: "recipients",
    text: () => ({
      en: "recipients: e-mail is not configured on this server (SMTP_HOST), so invitations cannot be mailed; print letters with the links instead",
      nl: "recipients: op deze server is geen e-mail ingesteld (SMTP_HOST), dus uitnodigingen kunnen niet gemaild worden; druk brieven met de links af",
    }),
  }),
  "invitation.unknown": message({
    status: "NOT_FOUND",
    field: "invitationId",
    text: () => ({
      en: "invitationId: no such invitation of this organisation in this campaign",
      nl: "invitationId: deze organisatie heeft geen zulke uitnodiging in deze campagne",
    }),
  }),
  "invitation.revoked": message({
    status: "PRECONDITION_FAILED",
    field: "invitationId",
    text: () => ({
      en: "invitationId: this invitation was revoked; invite the person again instead",
      nl: "invitationId: deze uitnodiging werd ingetrokken; nodig de persoon opnieuw uit",
    }),
  }),
  "invitation.link-purged": message({
    status: "PRECONDITION_FAILED",
    field: "invitationId",
    text: () => ({
      en: "invitationId: the link and address of this invitation were deleted under the retention rules",
      nl: "invitationId: de link en het adres van deze uitnodiging werden gewist volgens de bewaartermijn",
    }),
  }),
  "invitation.mail-subject": message<{ organisation: string; reminder: boolean }>({
    text: ({ organisation, reminder }) => ({
      en: `${reminder ? "Reminder: " : ""}${organisation} — digital maturity questionnaire`,
      nl: `${reminder ? "Herinnering: " : ""}${organisation} — vragenlijst digitale maturiteit`,
    }),
  }),
  "invitation.mail-body": message<{ organisation: string; campaign: string; link: string; k: number }>({
    text: ({ organisation, campaign, link, k }) => ({
      en: `${organisation} takes part in "${campaign}". Your answers help your organisation see where it stands digitally.\n\nYour personal link (about 15 minutes; you can pause and resume):\n${link}\n\nYour organisation only sees counts and totals of groups of at least ${k} people; researchers see your answers pseudonymised, not anonymous (without your name or e-mail address).`,
      nl: `${organisation} neemt deel aan "${campaign}". Met uw antwoorden ziet uw organisatie waar ze digitaal staat.\n\nUw persoonlijke link (ongeveer 15 minuten; u kunt pauzeren en later verdergaan):\n${link}\n\nUw organisatie ziet alleen aantallen en totalen van groepen van minstens ${k} personen; onderzoekers zien uw antwoorden gepseudonimiseerd, niet anoniem (zonder uw naam of e-mailadres).`,
    }),
  }),
  "invitation.not-a-wave": message({
    status: "BAD_REQUEST",
    field: "campaignId",
    text: () => ({ en: "campaignId: not a wave", nl: "campaignId: geen onderzoeksgolf" }),
  }),

  // The questionnaire
  "survey.unknown-link": message({
    status: "NOT_FOUND",
    text: () => ({
      en: "this link is unknown or no longer valid",
      nl: "deze link is onbekend of niet meer geldig",
    }),
  }),
  "survey.revoked": message({
    status: "PRECONDITION_FAILED",
    text: () => ({
      en: "this invitation was revoked by the organisation; the link can no longer be used to answer",
      nl: "deze uitnodiging werd door de organisatie ingetrokken; met deze link kan niet meer geantwoord worden",
    }),
  }),
  "survey.not-yet-open": message({
    status: "PRECONDITION_FAILED",
    text: () => ({ en: "this questionnaire is not open yet", nl: "deze vragenlijst is nog niet open" }),
  }),
  "survey.closed": message({
    status: "PRECONDITION_FAILED",
    text: () => ({ en: "this questionnaire is closed", nl: "deze vragenlijst is afgesloten" }),
  }),
  "survey.submitted": message({
    status: "PRECONDITION_FAILED",
    text: () => ({
      en: "this response has already been submitted",
      nl: "deze antwoorden werden al ingediend",
    }),
  }),
  "survey.withdrawn": message({
    status: "PRECONDITION_FAILED",
    text: () => ({ en: "this response was withdrawn", nl: "deze antwoorden werden ingetrokken" }),
  }),
  "survey.item-not-asked": message<{ index: number; itemId: string }>({
    status: "BAD_REQUEST",
    field: ({ index }) => `answers.${index}.itemId`,
    text: ({ index, itemId }) => ({
      en: `answers[${index}].itemId: "${itemId}" is not asked of this respondent`,
      nl: `answers[${index}].itemId: "${itemId}" wordt aan deze deelnemer niet gevraagd`,
    }),
  }),
  "survey.no-dont-know": message<{ index: number; itemId: string }>({
    status: "BAD_REQUEST",
    field: ({ index }) => `answers.${index}.value`,
    text: ({ index, itemId }) => ({
      en: `answers[${index}].value: "${itemId}" has no "don't know" option`,
      nl: `answers[${index}].value: "${itemId}" heeft geen antwoord "weet niet"`,
    }),
  }),
  "survey.point-out-of-range": message<{ index: number; itemId: string; points: number }>({
    status: "BAD_REQUEST",
    field: ({ index }) => `answers.${index}.value`,
    text: ({ index, itemId, points }) => ({
      en: `answers[${index}].value: must be 1..${points} for "${itemId}"`,
      nl: `answers[${index}].value: moet 1..${points} zijn voor "${itemId}"`,
    }),
  }),
  "survey.nothing-to-submit": message({
    status: "PRECONDITION_FAILED",
    text: () => ({
      en: "answer at least one question before submitting",
      nl: "beantwoord minstens één vraag voor u indient",
    }),
  }),
  "survey.other-device": message({
    status: "FORBIDDEN",
    text: () => ({
      en: "answers to this questionnaire were given on another device: enter your resume code to continue here, or start again",
      nl: "deze vragenlijst werd op een ander toestel ingevuld: geef uw herstelcode in om hier verder te gaan, of begin opnieuw",
    }),
  }),
  "survey.own-result-elsewhere": message({
    status: "FORBIDDEN",
    text: () => ({
      en: "your own result is shown only on the device that gave the answers, or one where you entered your resume code",
      nl: "uw eigen resultaat is alleen te zien op het toestel waarmee u antwoordde, of een toestel waarop u uw herstelcode ingaf",
    }),
  }),
  "survey.own-result-not-submitted": message({
    status: "PRECONDITION_FAILED",
    text: () => ({
      en: "your own result is shown once you have submitted your answers",
      nl: "uw eigen resultaat is te zien zodra u uw antwoorden hebt ingediend",
    }),
  }),
  "survey.wrong-code": message({
    status: "BAD_REQUEST",
    field: "code",
    text: () => ({
      en: "code: this is not the resume code of this questionnaire",
      nl: "code: dit is niet de herstelcode van deze vragenlijst",
    }),
  }),
  "survey.too-many-codes": message({
    status: "TOO_MANY_REQUESTS",
    field: "code",
    text: () => ({
      en: "code: too many wrong codes; try again in 15 minutes, or start again",
      nl: "code: te veel foute codes; probeer opnieuw over 15 minuten, of begin opnieuw",
    }),
  }),
  "survey.follow-up-hidden": message<{ itemId: string; controller: string }>({
    text: ({ itemId, controller }) => ({
      en: `"${itemId}" is not asked given the stored answer to "${controller}"`,
      nl: `"${itemId}" wordt niet gevraagd bij het bewaarde antwoord op "${controller}"`,
    }),
  }),
  "survey.resume-code-mail-subject": message<{ campaign: string }>({
    text: ({ campaign }) => ({
      en: `Your resume code for "${campaign}"`,
      nl: `Uw herstelcode voor "${campaign}"`,
    }),
  }),
  "survey.resume-code-mail-body": message<{ campaign: string; code: string }>({
    text: ({ campaign, code }) => ({
      en: `You started the questionnaire "${campaign}". To continue on another device, open your personal link there and enter this resume code:\n\n${code}\n\nKeep it to yourself: with your link and this code, your answers can be read and changed.`,
      nl: `U begon aan de vragenlijst "${campaign}". Om op een ander toestel verder te gaan, opent u daar uw persoonlijke link en geeft u deze herstelcode in:\n\n${code}\n\nHoud ze voor uzelf: met uw link en deze code kunnen uw antwoorden gelezen en gewijzigd worden.`,
    }),
  }),
  "survey.answers-unscorable": message<{ detail: string }>({
    status: "BAD_REQUEST",
    text: ({ detail }) => ({
      en: detail,
      nl: `de antwoorden kunnen niet gescoord worden: ${detail}`,
    }),
  }),

  // Research and exports
  "export.unexportable": message<{ detail: string }>({
    status: "PRECONDITION_FAILED",
    text: ({ detail }) => ({
      en: `the campaign's data cannot be exported: ${detail}`,
      nl: `de gegevens van de campagne kunnen niet geëxporteerd worden: ${detail}`,
    }),
  }),
  "export.identified-not-allowed": message({
    status: "FORBIDDEN",
    field: "identified",
    text: () => ({
      en: "identified: an administrator has not allowed you identified exports (organisation names and codes); export pseudonymised",
      nl: "identified: een beheerder heeft u geen geïdentificeerde exports (namen en codes van organisaties) toegestaan; exporteer gepseudonimiseerd",
    }),
  }),
  "research.no-scores": message<{ field: string; name: string }>({
    status: "BAD_REQUEST",
    field: ({ field }) => field,
    text: ({ field, name }) => ({
      en: `${field}: "${name}" has no scores in this campaign`,
      nl: `${field}: "${name}" heeft geen scores in deze campagne`,
    }),
  }),
  "research.model-failed": message<{ index: number; dependent: string; detail: string }>({
    status: "BAD_REQUEST",
    field: ({ index }) => `dependents.${index}`,
    text: ({ index, dependent, detail }) => ({
      en: `dependents.${index}: "${dependent}" cannot be estimated: ${detail}`,
      nl: `dependents.${index}: "${dependent}" kan niet geschat worden: ${detail}`,
    }),
  }),
  "research.alpha-asked-of-all": message({
    text: () => ({
      en: "the items asked of every respondent of the scale (largest N)",
      nl: "de items die aan elke respondent van de schaal gevraagd zijn (grootste N)",
    }),
  }),
  "research.alpha-with-conditional": message<{ items: string; asked: number }>({
    text: ({ items, asked }) => ({
      en: `with the conditional items (${items}), over the ${asked} respondents asked them`,
      nl: `met de voorwaardelijke items (${items}), over de ${asked} respondenten die ze gevraagd kregen`,
    }),
  }),
  "research.alpha-too-few-items": message({
    text: () => ({ en: "fewer than two items", nl: "minder dan twee items" }),
  }),
  "research.alpha-too-few-respondents": message({
    text: () => ({
      en: "fewer than two respondents answered these items",
      nl: "minder dan twee respondenten beantwoordden deze items",
    }),
  }),
  "research.alpha-yes-no": message({
    text: () => ({
      en: "yes/no questions: not a scale, so no alpha",
      nl: "ja/nee-vragen: geen schaal, dus geen alfa",
    }),
  }),
  "research.no-population": message({
    status: "BAD_REQUEST",
    field: "weights",
    text: () => ({
      en: "weights: raking needs a wave with a population of organisations; this campaign has none",
      nl: "weights: herwegen vraagt een golf met een populatie van organisaties; deze campagne heeft er geen",
    }),
  }),
  "research.rake-failed": message<{ detail: string }>({
    status: "BAD_REQUEST",
    field: "weights",
    text: ({ detail }) => ({
      en: `weights: the responding organisations cannot be raked to the population (${detail})`,
      nl: `weights: de deelnemende organisaties kunnen niet naar de populatie herwogen worden (${detail})`,
    }),
  }),
  "research.cluster-level": message({
    status: "BAD_REQUEST",
    field: "cluster",
    text: () => ({
      en: "cluster: clustered errors apply to respondent-level models only; at this level every organisation is one row",
      nl: "cluster: geclusterde fouten gelden alleen voor modellen op respondentniveau; op dit niveau is elke organisatie één rij",
    }),
  }),
  "research.errors-conflict": message({
    status: "BAD_REQUEST",
    field: "robust",
    text: () => ({
      en: "robust: choose either heteroscedasticity-robust or clustered standard errors, not both",
      nl: "robust: kies robuuste of geclusterde standaardfouten, niet beide",
    }),
  }),
  "research.control-failed": message<{ detail: string }>({
    status: "BAD_REQUEST",
    field: "controls",
    text: ({ detail }) => ({
      en: `controls: ${detail}`,
      nl: `controls: deze controlevariabele kan niet gebruikt worden (${detail})`,
    }),
  }),
  "research.note-errors": message<{ kind: string; clusters: number }>({
    text: ({ kind, clusters }) =>
      kind === "ordinary"
        ? { en: "Ordinary (OLS) standard errors.", nl: "Gewone (OLS-)standaardfouten." }
        : kind === "cr2"
          ? {
              en: `Standard errors clustered by organisation (CR2, ${clusters} clusters), p with Satterthwaite degrees of freedom.`,
              nl: `Standaardfouten geclusterd per organisatie (CR2, ${clusters} clusters), p met Satterthwaite-vrijheidsgraden.`,
            }
          : kind === "cr1"
            ? {
                en: `Standard errors clustered by organisation (CR1, ${clusters} clusters), p on ${clusters - 1} degrees of freedom.`,
                nl: `Standaardfouten geclusterd per organisatie (CR1, ${clusters} clusters), p op ${clusters - 1} vrijheidsgraden.`,
              }
            : {
                en: `Heteroscedasticity-robust (${kind.toUpperCase()}) standard errors.`,
                nl: `Heteroscedasticiteitsrobuuste (${kind.toUpperCase()}) standaardfouten.`,
              },
  }),
  "research.note-weights": message<{ organisations: number; iterations: number; level: string }>({
    text: ({ organisations, iterations, level }) =>
      organisations === 0
        ? { en: "Unweighted.", nl: "Ongewogen." }
        : {
            en: `Weighted: the ${organisations} responding organisations raked to the population's province and size-class margins (${iterations} iterations)${level === "organisation" ? "" : ", each organisation's weight shared by its respondents"}.`,
            nl: `Gewogen: de ${organisations} deelnemende organisaties herwogen naar de verdeling van de populatie over provincie en grootteklasse (${iterations} iteraties)${level === "organisation" ? "" : ", het gewicht van elke organisatie verdeeld over haar respondenten"}.`,
          },
  }),
  "research.control-term": message<{ factor: string; level: string }>({
    text: ({ factor, level }) =>
      factor === "province"
        ? { en: `Province: ${level}`, nl: `Provincie: ${level}` }
        : { en: `Size class: ${level}`, nl: `Grootteklasse: ${level}` },
  }),
  "research.note-reference": message<{ levels: string }>({
    text: ({ levels }) => ({
      en: `Controls coded against the reference category: ${levels}.`,
      nl: `Controlevariabelen gecodeerd tegenover de referentiecategorie: ${levels}.`,
    }),
  }),
  "research.note-level": message<{ level: string }>({
    text: ({ level }) =>
      level === "organisation"
        ? {
            en: "Organisation level: each organisation's respondents averaged first.",
            nl: "Organisatieniveau: eerst het gemiddelde van de respondenten per organisatie.",
          }
        : level === "director"
          ? { en: "General directors only.", nl: "Alleen algemeen directeurs." }
          : { en: "Respondent level.", nl: "Respondentniveau." },
  }),
  "research.alpha-failed": message<{ detail: string }>({
    text: ({ detail }) => ({ en: detail, nl: `alfa kan niet berekend worden (${detail})` }),
  }),
  "population.csv-unreadable": message<{ detail: string }>({
    status: "BAD_REQUEST",
    field: "csv",
    text: ({ detail }) => ({ en: `csv: ${detail}`, nl: `csv: het bestand is onleesbaar (${detail})` }),
  }),
  "population.missing-columns": message<{ columns: string }>({
    status: "BAD_REQUEST",
    field: "csv",
    text: ({ columns }) => ({
      en: `csv: missing column(s) ${columns}`,
      nl: `csv: ontbrekende kolom(men) ${columns}`,
    }),
  }),
  "population.unknown-columns": message<{ columns: string; expected: string }>({
    status: "BAD_REQUEST",
    field: "csv",
    text: ({ columns, expected }) => ({
      en: `csv: unknown column(s) ${columns} (expected ${expected})`,
      nl: `csv: onbekende kolom(men) ${columns} (verwacht: ${expected})`,
    }),
  }),
  // Problems of one row of a population import (reported, not thrown).
  "population.row-problem": message<{ line: number; problem: Localized }>({
    text: ({ line, problem }) => ({ en: `line ${line}, ${problem.en}`, nl: `regel ${line}, ${problem.nl}` }),
  }),
  "population.code-empty": message({
    text: () => ({ en: `column "code": empty`, nl: `kolom "code": leeg` }),
  }),
  "population.code-twice": message<{ code: string }>({
    text: ({ code }) => ({
      en: `column "code": "${code}" appears twice`,
      nl: `kolom "code": "${code}" komt twee keer voor`,
    }),
  }),
  "population.name-empty": message({
    text: () => ({ en: `column "name": empty`, nl: `kolom "name": leeg` }),
  }),
  "population.kind-unknown": message<{ kind: string; kinds: string }>({
    text: ({ kind, kinds }) => ({
      en: `column "kind": "${kind}" is not one of ${kinds}`,
      nl: `kolom "kind": "${kind}" is niet een van ${kinds}`,
    }),
  }),
} as const;

export type MessageCode = keyof typeof CATALOGUE;
type ParamsOf<C extends MessageCode> = (typeof CATALOGUE)[C] extends Message<infer P> ? P : never;
/** The parameters a message code needs, as a rest argument (none for a message without parameters). */
export type MessageArgs<C extends MessageCode> = keyof ParamsOf<C> extends never ? [] : [params: ParamsOf<C>];

/** A message in both languages. */
export function wording<C extends MessageCode>(code: C, ...args: MessageArgs<C>): Localized {
  const entry = CATALOGUE[code] as Message<unknown>;
  return entry.text(args[0] ?? {});
}

/** The status and field an error message is answered with. */
export function errorTraits<C extends MessageCode>(
  code: C,
  ...args: MessageArgs<C>
): { status: AppErrorCode; field: string | null } {
  const entry = CATALOGUE[code] as Message<unknown>;
  const field = typeof entry.field === "function" ? entry.field(args[0] ?? {}) : (entry.field ?? null);
  return { status: entry.status ?? "BAD_REQUEST", field };
}
