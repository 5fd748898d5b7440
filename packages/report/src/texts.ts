import { disagreementText } from "./disagreement-texts.js";
import type { ReaderLocale } from "./format.js";

/**
 * Every text of the municipality report in Dutch and English: the one place for what the results page
 * and the PDF say, so the two cannot word a figure or a withheld reason differently. `{name}` marks a
 * value filled in with `fill`. Pure data, no dependencies: the web app imports it from
 * `@maturo/report/texts` without pulling anything else in.
 */
export const reportText = {
  nl: {
    ...disagreementText.nl,
    resultsTitle: "Resultaten",
    withheld: "De resultaten zijn nog verborgen.",
    withheldReason:
      "Resultaten verschijnen zodra minstens {min} deelnemers hebben ingediend ({n} tot nu toe). Zo kan niemand individuele antwoorden terugvinden.",
    respondentsLine: "{n} deelnemers hebben ingediend.",
    weightingLegend: "Weging van de deelnemers",
    weighting_equal: "Elke deelnemer telt even zwaar",
    weighting_balanced: "Management en medewerkers tellen elk voor de helft",
    minRule:
      "Een cijfer verschijnt alleen als het op minstens {min} deelnemers steunt; een vergelijking alleen met minstens {bench} andere besturen.",
    downloadPdf: "PDF downloaden",
    pdfBusy: "PDF wordt gemaakt…",
    print: "Afdrukken",
    contents: "Inhoud",
    profileTitle: "Maturiteitsprofiel",
    profileIntro:
      "Scores van 0 (laag) tot 100 (hoog). Digitaal vermogen is het voertuig dat u hebt; digitale erfenis is de bagage die u meedraagt — hoger betekent dat die erfenis helpt.",
    profileDesc:
      "Staafdiagram: donkere staven voor digitaal vermogen en digitale erfenis, gearceerde staven voor hun onderdelen. De stippellijn staat op {threshold}. De cijfers staan naast elke staaf en in de tabel.",
    part: "Onderdeel",
    score: "Score",
    respondentsN: "Deelnemers (n)",
    spread: "Spreiding (sd)",
    hidden: "verborgen",
    quadrantTitle: "Positie: vermogen × erfenis",
    quadrantDesc:
      "Kwadrantdiagram met digitaal vermogen horizontaal en digitale erfenis verticaal, gesplitst op {c} en {l}. Uw bestuur staat op vermogen {x} en erfenis {y}: profiel {profile}.",
    quadrantNone: "Er is geen profiel: vermogen of erfenis ontbreekt.",
    you: "U",
    yourProfile: "Profiel {id}: {name}",
    profileRecs: "Aanbevelingen bij dit profiel",
    recsTitle: "Aanbevelingen voor uw bestuur",
    weakestTitle: "Werk eerst aan uw zwakste onderdelen",
    belowThreshold: "onder {t}",
    takeawaysTitle: "Kernboodschappen uit het onderzoek",
    takeawaysIntro:
      "Wat in het onderzoek bij 183 Vlaamse besturen het verschil maakte, gesorteerd van uw laagste naar uw hoogste score.",
    scaleScore: "score {v}",
    percentScore: "{v}% positief",
    priority: "prioriteit",
    noScore: "geen score",
    itemsTitle: "Stellingen: % positief",
    itemsIntro:
      "Het aandeel deelnemers dat positief antwoordde. Een negatief gestelde stelling staat hier naar haar betekenis: het % is het aandeel dat het oneens was met de stelling zoals ze gevraagd werd.",
    strengths: "Sterktes",
    challenges: "Uitdagingen",
    statement: "Stelling",
    category: "Onderdeel",
    percentPositive: "% positief",
    answers: "Antwoorden",
    lensTitle: "OESO-lens",
    lensIntro:
      "Dezelfde stellingen gegroepeerd volgens de zes dimensies van het OESO-raamwerk voor digitale overheid: gebruik ze om uw digitale strategie te richten.",
    dimension: "Dimensie",
    statements: "Stellingen",
    benchmarkTitle: "Vergelijking met andere besturen",
    benchmarkIntro:
      "Uw score naast het gemiddelde van een groep andere besturen in dezelfde bevraging. Het percentiel zegt hoeveel procent van de groep lager scoort.",
    compareWith: "Vergelijk met",
    scopeAll: "Alle besturen",
    scopeProvince: "Dezelfde provincie",
    scopeSizeClass: "Dezelfde grootteklasse",
    yourScore: "Uw score",
    groupMean: "Gemiddelde groep",
    percentile: "Percentiel",
    groupSize: "Aantal besturen",
    barLegend: "Staaf: uw score; zwarte streep: gemiddelde van de groep.",
    gapTitle: "Management en medewerkers",
    gapIntro:
      "Waar het management (algemeen directeur en managementteam) en de medewerkers het anders zien. Alleen getoond als elke groep minstens {min} deelnemers telt.",
    management: "Management",
    staff: "Medewerkers",
    difference: "Verschil",
    trendTitle: "Evolutie over bevragingen",
    trendDesc:
      "Lijndiagram van digitaal vermogen (volle lijn, rondjes) en digitale erfenis (stippellijn, vierkantjes) per bevraging.",
    trendOne: "Er is nog maar één bevraging: de evolutie verschijnt vanaf de tweede.",
    campaign: "Bevraging",
    date: "Datum",
    respondents: "Deelnemers",
    tableCaption: "{title}: de cijfers",
    reportTitle: "Digitale maturiteit — rapport",
    summaryTitle: "Samenvatting",
    positionTitle: "Positie",
    responseTitle: "Respons per rol",
    role: "Rol",
    total: "Totaal",
    comparisonTitle: "Vergelijkingsgroep",
    comparisonLine: "Uw scores worden vergeleken met: {scope}.",
    comparisonShown: "{shown} van de {all} onderdelen hebben een vergelijking.",
    referenceMedian: "Mediaan referentie",
    benchmarkChartDesc:
      "Staafdiagram: uw score per onderdeel als staaf, het gemiddelde van de vergelijkingsgroep als zwarte streep. De cijfers staan in de tabel.",
    generated: "Gemaakt op",
    page: "Pagina",
    horizontal: "horizontaal",
    vertical: "verticaal",
    positionScores: "vermogen {c}, erfenis {l}",
    profiles: "Profielen",
    below: "onder {t}",
    atOrAbove: "{t} of hoger",
    legendLine: "{id} — {name}: vermogen {c}, erfenis {l}",
    "reason_too-few-respondents": "Verborgen: steunt op minder dan {min} deelnemers.",
    "reason_balanced-small-group":
      "Verborgen bij deze weging: een rolgroep telt minder dan {min} deelnemers, zodat het verschil met de gewone weging die groep zou tonen.",
    "reason_role-group-small":
      "Verborgen: management en medewerkers hebben elk minstens {min} deelnemers nodig, anders volgt de kleine groep uit het totaal.",
    "reason_incomplete-categories":
      "Verborgen: minder dan {min} deelnemers hebben niet elk onderdeel ingevuld, zodat dit totaal naast de onderdelen hun antwoorden zou tonen.",
    "reason_item-subset-small": "Verborgen: deze stelling werd aan minder dan {min} deelnemers voorgelegd.",
    "reason_too-few-organisations":
      "Verborgen: minder dan {bench} andere besturen met een score in deze groep.",
    "reason_filter-difference":
      "Verborgen: deze groep verschilt met minder dan {bench} besturen van een andere vergelijking.",
    "reason_no-score": "Verborgen: uw bestuur heeft geen score op dit onderdeel.",
    "reason_no-attribute": "Verborgen: de provincie of grootteklasse van uw bestuur is niet gekend.",
    refreshPending:
      "{pending} wijzigingen (ingediend of ingetrokken) zitten nog niet in deze cijfers; resultaten worden bijgewerkt na nog {remaining} antwoorden.",
    refreshRule:
      "Cijfers worden pas bijgewerkt als minstens {min} deelnemers erbij kwamen of zich terugtrokken, zodat niemand één antwoord kan afleiden uit een verschil.",
    referenceTitle: "Vergelijking met de referentiebevraging",
    referenceIntro:
      "Uw score naast de mediaan en de middelste helft (eerste tot derde kwartiel) van de andere besturen van dezelfde soort in de laatste afgesloten onderzoeksbevraging met dezelfde onderdelen. Uw eigen bestuur telt daar niet mee.",
    referenceWave: "Referentie: {wave}",
    referenceGroup: "Groep: {group}",
    referenceWeighting_equal:
      "In de referentie telt in elk bestuur elke deelnemer even zwaar, welke weging u hierboven ook kiest.",
    referenceWeighting_balanced:
      "In de referentie tellen in elk bestuur management en medewerkers elk voor de helft, welke weging u hierboven ook kiest: kies hierboven dezelfde weging om gelijke rollen met elkaar te vergelijken.",
    referenceNone:
      "Er is nog geen afgesloten onderzoeksbevraging met dezelfde onderdelen om mee te vergelijken.",
    median: "Mediaan",
    middleHalf: "Middelste helft (Q1–Q3)",
    organisations: "Besturen",
    referenceBand:
      "Grijze band: middelste helft van de besturen in de referentie; zwarte streep: hun mediaan.",
    referenceBar: "{label}: uw score {own}; referentie mediaan {median}, middelste helft {q1} tot {q3}",
    leversTitle: "Uw hefbomen",
    leversIntro:
      "De contextvragen (druk, management, capaciteit en politiek) komen hier terug: uw score naast de referentie, gerangschikt op de afstand tot de mediaan maal de sterkste significante samenhang met digitaal vermogen in de referentiebevraging. Bovenaan staat wat het meest kan opleveren.",
    leverBelow:
      "Uw score {own} ligt {gap} punten onder de mediaan {median} van de referentie (middelste helft {q1} tot {q3}).",
    leverAbove:
      "Uw score {own} ligt op of boven de mediaan {median} van de referentie (middelste helft {q1} tot {q3}).",
    leverDriver:
      "In {wave} scoorden deelnemers die deze schaal hoger inschatten ook hoger op {model}: gestandaardiseerde β = {beta} (p {p}) in het model voor {model} met alle contextschalen, op {n} deelnemers, fouten geclusterd per bestuur ({clusters} besturen).",
    leverNoDriver:
      "In {wave} hing deze schaal in geen van de drie modellen van digitaal vermogen significant (p < 0,05) samen met het resultaat.",
    leverNoModels:
      "{wave} heeft te weinig volledige antwoorden om de modellen van digitaal vermogen te schatten: hier staat alleen de vergelijking.",
    leverTodo: "Wat u kunt doen",
    leverScale: "Schaal",
    leverModel: "Sterkste samenhang",
    leverPriority: "Prioriteit (afstand × β)",
  },
  en: {
    ...disagreementText.en,
    resultsTitle: "Results",
    withheld: "The results are still hidden.",
    withheldReason:
      "Results appear once at least {min} respondents have submitted ({n} so far), so that nobody's individual answers can be read back.",
    respondentsLine: "{n} respondents have submitted.",
    weightingLegend: "Weighting of participants",
    weighting_equal: "Every participant counts the same",
    weighting_balanced: "Management and staff count for half each",
    minRule:
      "A number appears only when it rests on at least {min} respondents; a comparison only with at least {bench} other local governments.",
    downloadPdf: "Download PDF",
    pdfBusy: "Making the PDF…",
    print: "Print",
    contents: "Contents",
    profileTitle: "Maturity profile",
    profileIntro:
      "Scores from 0 (low) to 100 (high). Digital capability is the vehicle you have; digital legacy is the baggage you carry — higher means the legacy helps.",
    profileDesc:
      "Bar chart: dark bars for digital capability and digital legacy, hatched bars for their parts. The dashed line is at {threshold}. The numbers are next to each bar and in the table.",
    part: "Part",
    score: "Score",
    respondentsN: "Respondents (n)",
    spread: "Spread (sd)",
    hidden: "hidden",
    quadrantTitle: "Position: capability × legacy",
    quadrantDesc:
      "Quadrant chart with digital capability across and digital legacy up, split at {c} and {l}. Your organisation is at capability {x} and legacy {y}: profile {profile}.",
    quadrantNone: "There is no profile: capability or legacy is missing.",
    you: "You",
    yourProfile: "Profile {id}: {name}",
    profileRecs: "Recommendations for this profile",
    recsTitle: "Recommendations for your organisation",
    weakestTitle: "Work on your weakest parts first",
    belowThreshold: "below {t}",
    takeawaysTitle: "Key takeaways of the study",
    takeawaysIntro:
      "What made the difference in the study of 183 Flemish local governments, ordered from your lowest to your highest score.",
    scaleScore: "score {v}",
    percentScore: "{v}% positive",
    priority: "priority",
    noScore: "no score",
    itemsTitle: "Statements: % positive",
    itemsIntro:
      "The share of respondents who answered positively. A negatively worded statement is given here by its meaning: its % is the share who disagreed with the statement as it was asked.",
    strengths: "Strengths",
    challenges: "Challenges",
    statement: "Statement",
    category: "Part",
    percentPositive: "% positive",
    answers: "Answers",
    lensTitle: "OECD lens",
    lensIntro:
      "The same statements grouped by the six dimensions of the OECD Digital Government Policy Framework: use them to aim your digital strategy.",
    dimension: "Dimension",
    statements: "Statements",
    benchmarkTitle: "Comparison with other local governments",
    benchmarkIntro:
      "Your score next to the mean of a group of other local governments in the same campaign. The percentile says what share of the group scores lower.",
    compareWith: "Compare with",
    scopeAll: "All local governments",
    scopeProvince: "Same province",
    scopeSizeClass: "Same size class",
    yourScore: "Your score",
    groupMean: "Group mean",
    percentile: "Percentile",
    groupSize: "Organisations",
    barLegend: "Bar: your score; black stripe: the group mean.",
    gapTitle: "Management and staff",
    gapIntro:
      "Where management (general director and management team) and staff see things differently. Shown only when each group has at least {min} respondents.",
    management: "Management",
    staff: "Staff",
    difference: "Difference",
    trendTitle: "Trend across campaigns",
    trendDesc:
      "Line chart of digital capability (solid line, circles) and digital legacy (dashed line, squares) per campaign.",
    trendOne: "There is only one campaign so far: the trend appears from the second one.",
    campaign: "Campaign",
    date: "Date",
    respondents: "Respondents",
    tableCaption: "{title}: the numbers",
    reportTitle: "Digital maturity — report",
    summaryTitle: "Summary",
    positionTitle: "Position",
    responseTitle: "Response per role",
    role: "Role",
    total: "Total",
    comparisonTitle: "Comparison group",
    comparisonLine: "Your scores are compared with: {scope}.",
    comparisonShown: "{shown} of the {all} parts have a comparison.",
    referenceMedian: "Reference median",
    benchmarkChartDesc:
      "Bar chart: your score per part as a bar, the comparison group's mean as a black stripe. The numbers are in the table.",
    generated: "Generated on",
    page: "Page",
    horizontal: "horizontal",
    vertical: "vertical",
    positionScores: "capability {c}, legacy {l}",
    profiles: "Profiles",
    below: "below {t}",
    atOrAbove: "{t} or higher",
    legendLine: "{id} — {name}: capability {c}, legacy {l}",
    "reason_too-few-respondents": "Hidden: rests on fewer than {min} respondents.",
    "reason_balanced-small-group":
      "Hidden under this weighting: a role group has fewer than {min} respondents, so the difference with equal weighting would reveal that group.",
    "reason_role-group-small":
      "Hidden: management and staff each need at least {min} respondents, otherwise the small group follows from the total.",
    "reason_incomplete-categories":
      "Hidden: fewer than {min} respondents did not complete every part, so this total next to the parts would reveal their answers.",
    "reason_item-subset-small": "Hidden: this statement was put to fewer than {min} respondents.",
    "reason_too-few-organisations":
      "Hidden: fewer than {bench} other local governments with a score in this group.",
    "reason_filter-difference":
      "Hidden: this group differs from another comparison by fewer than {bench} local governments.",
    "reason_no-score": "Hidden: your organisation has no score on this part.",
    "reason_no-attribute": "Hidden: your organisation's province or size class is not known.",
    refreshPending:
      "{pending} changes (submitted or withdrawn) are not yet in these figures; results update after {remaining} more responses.",
    refreshRule:
      "Figures are refreshed only once at least {min} respondents joined or withdrew, so no one can derive a single answer from a difference.",
    referenceTitle: "Comparison with the reference wave",
    referenceIntro:
      "Your score next to the median and the middle half (first to third quartile) of the other organisations of the same kind in the latest closed research wave with the same parts. Your own organisation is not counted there.",
    referenceWave: "Reference: {wave}",
    referenceGroup: "Group: {group}",
    referenceWeighting_equal:
      "In every organisation each respondent weighs the same, in yours and in the reference.",
    referenceWeighting_balanced:
      "Management and staff weigh half each, in yours and in the reference: like is compared with like by role.",
    referenceNone: "There is no closed research wave with the same parts to compare with yet.",
    median: "Median",
    middleHalf: "Middle half (Q1–Q3)",
    organisations: "Organisations",
    referenceBand: "Grey band: middle half of the organisations in the reference; black line: their median.",
    referenceBar: "{label}: your score {own}; reference median {median}, middle half {q1} to {q3}",
    leversTitle: "Your levers",
    leversIntro:
      "The context questions (pressure, management, capacity and politics) come back here: your score next to the reference, ranked by the distance to the median times the strongest significant relation with digital capability in the reference wave. What can yield most comes first.",
    leverBelow:
      "Your score {own} is {gap} points below the reference median {median} (middle half {q1} to {q3}).",
    leverAbove: "Your score {own} is at or above the reference median {median} (middle half {q1} to {q3}).",
    leverDriver:
      "In {wave}, respondents who rated this scale higher also scored higher on {model}: standardised β = {beta} (p {p}) in the model of {model} on all context scales, with {n} respondents, errors clustered by organisation ({clusters} organisations).",
    leverNoDriver:
      "In {wave}, this scale had no significant relation (p < 0.05) with the outcome in any of the three digital capability models.",
    leverNoModels:
      "{wave} has too few complete answers to estimate the digital capability models: only the comparison is shown here.",
    leverTodo: "What you can do",
    leverScale: "Scale",
    leverModel: "Strongest relation",
    leverPriority: "Priority (distance × β)",
  },
} as const satisfies Record<ReaderLocale, Record<string, string>>;

export type ReportTextKey = keyof (typeof reportText)["nl"];
