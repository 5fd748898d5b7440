import type { Messages } from "../i18n/messages.js";

/** Texts of the questionnaire behind a personal link. */
export const respondentMessages = {
  nl: {
    loading: "De vragenlijst wordt geladen…",
    forOrganisation: "Voor {organisation}",
    closesOn: "U kunt antwoorden tot en met {date}.",
    introPurpose:
      "Met deze vragenlijst brengt uw bestuur zijn digitale maturiteit in kaart: wat het vandaag digitaal kan, en wat de keuzes uit het verleden, de infrastructuur en de IT-dienst meebrengen. Er zijn geen goede of foute antwoorden: het gaat om uw eigen inschatting.",
    introTimeHeading: "Wat u kunt verwachten",
    introTime:
      "{count} stellingen in {sections} delen, samen ongeveer {minutes} minuten. Uw antwoorden worden meteen bewaard: u kunt stoppen en later verdergaan via dezelfde link, op een ander toestel met uw herstelcode.",
    introScale:
      "Bij elke stelling kiest u hoe sterk u akkoord gaat. Weet u het niet, kies dan “{dontKnow}”. U mag ook een vraag overslaan.",
    introPrivacyHeading: "Wie ziet uw antwoorden?",
    introPrivacyKeyUser:
      "De contactpersoon van uw bestuur ziet per rol hoeveel mensen uitgenodigd zijn en geantwoord hebben, en alleen gemiddelden en totalen van minstens {k} personen — ook per groep (bijvoorbeeld management tegenover medewerkers). Wat op minder dan {k} personen zou steunen, blijft verborgen. Of u geantwoord hebt en wat, ziet de contactpersoon niet.",
    introPrivacyBenchmark:
      "Andere besturen zien uw bestuur alleen in vergelijkingen over minstens {benchmark} besturen, nooit afzonderlijk.",
    introPrivacyResearcher:
      "Onderzoekers zien uw antwoorden per persoon, gepseudonimiseerd, niet anoniem: onder een code in plaats van uw naam of e-mailadres, met uw bestuur onder een pseudoniem, de provincie en de grootteklasse (grover gemaakt waar minder dan 5 besturen ze delen) en de dag van indienen.",
    introPrivacyIdentified:
      "Alleen een onderzoeker die een beheerder dat toestond en die een doel opgeeft (beide worden gelogd), ziet de naam van uw bestuur bij de antwoorden; uw eigen naam of e-mailadres nooit.",
    introPrivacyWithdraw:
      "U kunt uw deelname altijd intrekken, ook na het indienen. Uw antwoorden worden dan gewist.",
    introStart: "Beginnen",
    introContinue: "Verdergaan waar u gebleven was",
    introProgress: "U beantwoordde al {answered} van de {total} vragen.",
    partOf: "Deel {index} van {count}",
    progressLabel: "Voortgang",
    progressText: "{answered} van {total} vragen beantwoord",
    sectionNav: "Delen van de vragenlijst",
    previous: "Vorige",
    next: "Volgende",
    toReview: "Naar het overzicht",
    scaleHeader: "Antwoordmogelijkheden",
    questionNumber: "Vraag {number}",
    saveIdle: "Antwoorden worden automatisch bewaard",
    saveSaving: "Bezig met bewaren…",
    saveSaved: "Alle antwoorden bewaard",
    saveOffline: "Offline — uw antwoorden worden verzonden zodra u weer verbinding hebt",
    saveRetrying: "Bewaren mislukt — we proberen het opnieuw",
    saveFailed: "Uw antwoorden konden niet bewaard worden. Laad de pagina opnieuw.",
    reviewTitle: "Overzicht en indienen",
    reviewAllAnswered: "U hebt alle {total} vragen beantwoord.",
    reviewSomeOpen:
      "U beantwoordde {answered} van de {total} vragen. Deze vragen zijn nog open; u mag ze ook leeg laten.",
    reviewSectionOpen: "{section}: {count} open",
    reviewGoTo: "Ga naar vraag",
    reviewSubmitHeading: "Indienen",
    reviewSubmitText:
      "Na het indienen kunt u uw antwoorden niet meer wijzigen. U kunt uw deelname wel nog intrekken.",
    reviewNothingYet: "Beantwoord minstens één vraag voor u indient.",
    submit: "Antwoorden indienen",
    submitting: "Bezig met indienen…",
    submitOffline: "U bent offline. Uw antwoorden blijven bewaard; dien in zodra u weer verbinding hebt.",
    submitFailed: "Indienen is niet gelukt. Probeer het opnieuw.",
    backToQuestions: "Terug naar de vragen",
    thanksTitle: "Bedankt voor uw deelname",
    thanksBody:
      "Uw antwoorden zijn ingediend. Uw bestuur ziet ze alleen samengeteld met die van anderen, in groepen van minstens {k} personen.",
    thanksClose: "U kunt dit venster nu sluiten.",
    withdrawHeading: "Deelname intrekken",
    withdrawText: "Wilt u toch niet deelnemen? Dan worden al uw antwoorden gewist.",
    withdraw: "Mijn deelname intrekken",
    withdrawConfirmTitle: "Deelname intrekken?",
    withdrawConfirmBody:
      "Al uw antwoorden worden definitief gewist en u kunt deze link daarna niet meer gebruiken. Dit kan niet ongedaan gemaakt worden.",
    withdrawConfirm: "Ja, intrekken en mijn antwoorden wissen",
    withdrawCancel: "Nee, annuleren",
    withdrawFailed: "Intrekken is niet gelukt. Controleer uw verbinding en probeer opnieuw.",
    stateUnknownTitle: "Deze link werkt niet",
    stateUnknownBody:
      "We vinden geen vragenlijst bij deze link. Controleer of u de volledige link uit uw e-mail gebruikt. Links worden ook gewist enige tijd nadat een bevraging afgesloten is.",
    stateNotYetOpenTitle: "Deze vragenlijst is nog niet geopend",
    stateNotYetOpenBody: "De bevraging “{campaign}” begint op {opens}. Open dan opnieuw dezelfde link.",
    stateClosedTitle: "Deze vragenlijst is afgesloten",
    stateClosedBody:
      "De bevraging “{campaign}” is afgelopen; u kunt niet meer antwoorden. Bedankt voor uw interesse.",
    stateSubmittedTitle: "Uw antwoorden zijn al ingediend",
    stateSubmittedBody:
      "U hebt deze vragenlijst al ingevuld en ingediend. Bedankt! Ingediende antwoorden kunnen niet meer gewijzigd worden.",
    stateWithdrawnTitle: "U hebt uw deelname ingetrokken",
    stateWithdrawnBody: "Uw antwoorden zijn gewist. Deze link kan niet meer gebruikt worden.",
    stateRevokedTitle: "Deze link werd ingetrokken",
    stateRevokedBody: "U kunt er niet meer mee antwoorden.",
    stateErrorTitle: "De vragenlijst kan niet geladen worden",
    stateErrorBody: "De server antwoordt niet. Controleer uw verbinding en probeer het opnieuw.",
    retry: "Opnieuw proberen",
    contact: "Vragen? Neem contact op met wie u de uitnodiging stuurde.",
    restartHeading: "Code kwijt of niet uw antwoorden?",
    restartText: "Begin opnieuw: de eerdere antwoorden worden gewist.",
    restart: "Opnieuw beginnen",
    restartConfirmTitle: "Opnieuw beginnen?",
    restartConfirmBody: "De eerdere antwoorden via deze link worden definitief gewist.",
    restartConfirm: "Ja, wis de eerdere antwoorden",
  },
  en: {
    loading: "Loading the questionnaire…",
    forOrganisation: "For {organisation}",
    closesOn: "You can answer until {date}.",
    introPurpose:
      "With this questionnaire your local government maps its digital maturity: what it can do digitally today, and what past choices, the infrastructure and the IT department bring along. There are no right or wrong answers: we want your own view.",
    introTimeHeading: "What to expect",
    introTime:
      "{count} statements in {sections} parts, about {minutes} minutes in all. Your answers are saved as you go: you can stop and continue later with the same link, on another device with your resume code.",
    introScale:
      "For each statement you choose how much you agree. If you don't know, choose “{dontKnow}”. You may also skip a question.",
    introPrivacyHeading: "Who sees your answers?",
    introPrivacyKeyUser:
      "Your organisation's contact person sees per role how many people were invited and answered, and only averages and totals of at least {k} people — per group too (for example management versus staff). Anything that would rest on fewer than {k} people stays hidden. The contact person does not see whether you answered, nor what.",
    introPrivacyBenchmark:
      "Other organisations see yours only in comparisons over at least {benchmark} organisations, never on its own.",
    introPrivacyResearcher:
      "Researchers see your answers per person, pseudonymised, not anonymous: under a code instead of your name or e-mail address, with your organisation under a pseudonym, its province and size class (made coarser where fewer than 5 organisations share them) and the day you submitted.",
    introPrivacyIdentified:
      "Only a researcher whom an administrator allowed it, and who states a purpose (both are logged), sees your organisation's name next to the answers; never your own name or e-mail address.",
    introPrivacyWithdraw:
      "You can withdraw at any time, also after submitting. Your answers are then deleted.",
    introStart: "Start",
    introContinue: "Continue where you left off",
    introProgress: "You have already answered {answered} of the {total} questions.",
    partOf: "Part {index} of {count}",
    progressLabel: "Progress",
    progressText: "{answered} of {total} questions answered",
    sectionNav: "Parts of the questionnaire",
    previous: "Previous",
    next: "Next",
    toReview: "Go to the overview",
    scaleHeader: "Answer options",
    questionNumber: "Question {number}",
    saveIdle: "Answers are saved automatically",
    saveSaving: "Saving…",
    saveSaved: "All answers saved",
    saveOffline: "Offline — your answers will be sent when you are back online",
    saveRetrying: "Saving failed — trying again",
    saveFailed: "Your answers could not be saved. Please reload the page.",
    reviewTitle: "Overview and submit",
    reviewAllAnswered: "You have answered all {total} questions.",
    reviewSomeOpen:
      "You answered {answered} of the {total} questions. These questions are still open; you may also leave them blank.",
    reviewSectionOpen: "{section}: {count} open",
    reviewGoTo: "Go to question",
    reviewSubmitHeading: "Submit",
    reviewSubmitText:
      "After submitting you can no longer change your answers. You can still withdraw your participation.",
    reviewNothingYet: "Answer at least one question before submitting.",
    submit: "Submit answers",
    submitting: "Submitting…",
    submitOffline: "You are offline. Your answers are kept; submit once you are back online.",
    submitFailed: "Submitting did not work. Please try again.",
    backToQuestions: "Back to the questions",
    thanksTitle: "Thank you for taking part",
    thanksBody:
      "Your answers have been submitted. Your organisation sees them only combined with others', in groups of at least {k} people.",
    thanksClose: "You can close this window now.",
    withdrawHeading: "Withdraw",
    withdrawText: "Changed your mind? Withdrawing deletes all your answers.",
    withdraw: "Withdraw my participation",
    withdrawConfirmTitle: "Withdraw your participation?",
    withdrawConfirmBody:
      "All your answers will be deleted for good and this link will no longer work. This cannot be undone.",
    withdrawConfirm: "Yes, withdraw and delete my answers",
    withdrawCancel: "No, cancel",
    withdrawFailed: "Withdrawing did not work. Check your connection and try again.",
    stateUnknownTitle: "This link does not work",
    stateUnknownBody:
      "We cannot find a questionnaire for this link. Check that you used the complete link from your e-mail. Links are also deleted some time after a survey has closed.",
    stateNotYetOpenTitle: "This questionnaire is not open yet",
    stateNotYetOpenBody: "The survey “{campaign}” starts on {opens}. Please open the same link again then.",
    stateClosedTitle: "This questionnaire is closed",
    stateClosedBody:
      "The survey “{campaign}” has ended; answers are no longer accepted. Thank you for your interest.",
    stateSubmittedTitle: "Your answers have already been submitted",
    stateSubmittedBody:
      "You have already completed and submitted this questionnaire. Thank you! Submitted answers can no longer be changed.",
    stateWithdrawnTitle: "You have withdrawn your participation",
    stateWithdrawnBody: "Your answers have been deleted. This link can no longer be used.",
    stateRevokedTitle: "This link was revoked",
    stateRevokedBody: "It can no longer be used to answer.",
    stateErrorTitle: "The questionnaire cannot be loaded",
    stateErrorBody: "The server does not answer. Check your connection and try again.",
    retry: "Try again",
    contact: "Questions? Contact whoever sent you the invitation.",
    restartHeading: "Lost the code, or not your answers?",
    restartText: "Start again: the earlier answers are deleted.",
    restart: "Start again",
    restartConfirmTitle: "Start again?",
    restartConfirmBody: "The earlier answers given with this link are deleted for good.",
    restartConfirm: "Yes, delete the earlier answers",
  },
} as const satisfies Messages<string>;

export type RespondentMessageKey = keyof (typeof respondentMessages)["nl"];
