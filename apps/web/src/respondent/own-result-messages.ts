import type { Messages } from "../i18n/messages.js";

/** Texts of the respondent's own result (loaded with it, after submitting). */
export const ownResultMessages = {
  nl: {
    ownResultTitle: "Uw eigen resultaat",
    ownResultDevice:
      "Alleen dit toestel toont dit resultaat: niemand anders kan het openen, ook de contactpersoon van uw bestuur niet.",
    ownResultLoading: "Uw resultaat wordt geladen…",
    ownResultProfile: "Uw profiel: {id} — {name}",
    ownResultNoProfile:
      "Er is geen profiel: daarvoor zijn zowel een score voor capaciteit als voor erfenis nodig.",
    ownResultReference:
      "De referentie is {campaign}: de mediaan en de kwartielen van de scores van de besturen die toen deelnamen.",
    ownResultNoReference:
      "Er is nog geen referentie: geen afgesloten onderzoeksgolf met dezelfde vragenlijst en genoeg besturen.",
    ownResultCaption: "Uw scores (0–100) tegenover de referentie",
    ownResultPart: "Onderdeel",
    ownResultScore: "Uw score",
    ownResultMedian: "Mediaan",
    ownResultQuartiles: "Middelste helft (kwartielen)",
    ownResultRange: "{q1} tot {q3}",
  },
  en: {
    ownResultTitle: "Your own result",
    ownResultDevice:
      "Only this device shows this result: nobody else can open it, not even your organisation's contact person.",
    ownResultLoading: "Loading your result…",
    ownResultProfile: "Your profile: {id} — {name}",
    ownResultNoProfile: "There is no profile: it needs both a capability and a legacy score.",
    ownResultReference:
      "The reference is {campaign}: the median and quartiles of the scores of the organisations that took part.",
    ownResultNoReference:
      "There is no reference yet: no closed research wave with the same questionnaire and enough organisations.",
    ownResultCaption: "Your scores (0–100) against the reference",
    ownResultPart: "Part",
    ownResultScore: "Your score",
    ownResultMedian: "Median",
    ownResultQuartiles: "Middle half (quartiles)",
    ownResultRange: "{q1} to {q3}",
  },
} as const satisfies Messages<string>;
