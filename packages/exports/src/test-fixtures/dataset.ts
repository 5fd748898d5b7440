import { compileInstruments, DEFAULT_FRAMEWORK, type Instrument } from "@maturo/model";
import type { ExportDataset } from "../dataset.js";

/** A small instrument with the cases exports must get right. */
const INSTRUMENT: Instrument = {
  id: "technology",
  version: "1.0.0",
  apiVersion: 1,
  locales: ["nl", "en"],
  title: { nl: "Technologie", en: "Technology" },
  scales: [
    {
      id: "agree6",
      points: 6,
      positive: [5, 6],
      dontKnow: true,
      labels: {
        nl: ["Helemaal oneens", "Oneens", "Eerder oneens", "Eerder eens", "Eens", "Helemaal eens"],
        en: [
          "Strongly disagree",
          "Disagree",
          "Somewhat disagree",
          "Somewhat agree",
          "Agree",
          "Strongly agree",
        ],
      },
      dontKnowLabel: { nl: "Weet ik niet", en: "I don't know" },
    },
    {
      id: "yesno",
      points: 2,
      positive: [2],
      labels: { nl: ["Nee", "Ja"], en: ["No", "Yes"] },
    },
  ],
  sections: [
    {
      id: "infrastructure",
      title: { nl: "Infrastructuur", en: "Infrastructure" },
      items: [
        {
          id: "tech-it-maintenance",
          node: "capability.efficiency",
          scale: "agree6",
          text: {
            nl: "We beheren het IT-onderhoud goed (servers, netwerk, “werkplekken”).",
            en: 'We manage IT maintenance well (servers, network, "workplaces").',
          },
        },
        {
          id: "tech-past-burden",
          node: "legacy.technology",
          scale: "agree6",
          reverse: true,
          text: {
            nl: "Slechte IT-ontwikkelingen uit het verleden wegen vandaag nog op de organisatie en haar dienstverlening aan burgers, bedrijven en verenigingen in de gemeente.",
            en: "Bad IT developments from the past still weigh on the organisation and its services to citizens, businesses and associations in the municipality today.",
          },
        },
        {
          id: "tech-cloud-plan",
          node: "capability.innovation",
          scale: "agree6",
          roles: ["director", "manager"],
          showIf: { item: "tech-it-maintenance", in: [4, 5, 6] },
          text: { nl: "We hebben een cloudplan.", en: "We have a cloud plan." },
        },
        {
          id: "ctx-alderman-digital",
          node: "context.alderman-digital",
          scale: "yesno",
          text: {
            nl: "Is er een schepen voor digitalisering?",
            en: "Is there an alderman for digitalisation?",
          },
        },
      ],
    },
  ],
};

export const INSTRUMENT_FIXTURE = compileInstruments([INSTRUMENT], DEFAULT_FRAMEWORK);

/** Four respondents in three organisations, with every kind of missing value and hostile text. */
export function datasetFixture(locale: "nl" | "en" = "en"): ExportDataset {
  return {
    campaign: {
      id: "wave-2024",
      name: "Wave 2024 — Flanders",
      instrumentHash: "sha256:3f2a9c",
      exportedAt: "2024-02-01T09:30:00.000Z",
    },
    locale,
    identified: true,
    instrument: INSTRUMENT_FIXTURE,
    scoreNodes: ["capability", "capability.efficiency", "legacy", "legacy.technology"],
    rows: [
      {
        respondentId: "r-0001",
        organisationCode: "44021",
        organisationName: "Gent",
        province: "Oost-Vlaanderen",
        sizeClass: "large",
        role: "director",
        submittedAt: "2023-12-05T10:11:12.000Z",
        answers: {
          "tech-it-maintenance": 5,
          "tech-past-burden": 2,
          "tech-cloud-plan": "dk",
          "ctx-alderman-digital": 2,
        },
        scores: { capability: 80, "capability.efficiency": 80, legacy: 80, "legacy.technology": 80 },
      },
      {
        respondentId: "r-0002",
        organisationCode: "44021",
        organisationName: "Gent",
        province: "Oost-Vlaanderen",
        sizeClass: "large",
        role: "staff",
        submittedAt: "2023-12-06T08:00:00.000Z",
        answers: { "tech-it-maintenance": 3, "tech-past-burden": "dk", "ctx-alderman-digital": 1 },
        scores: { capability: 40, "capability.efficiency": 40, legacy: null, "legacy.technology": null },
      },
      {
        respondentId: "r-0003",
        organisationCode: "-12",
        organisationName: '=HYPERLINK("http://evil.example","Sint-Niklaas")',
        province: "Oost-Vlaanderen",
        sizeClass: "medium",
        role: "manager",
        submittedAt: "2024-01-10T16:45:30.000Z",
        answers: { "tech-it-maintenance": 2, "tech-past-burden": null, "ctx-alderman-digital": 2 },
        scores: { capability: 20, "capability.efficiency": 20, legacy: null, "legacy.technology": null },
      },
      {
        respondentId: "r-0004",
        organisationCode: "11002",
        organisationName: "'s-Gravenwezel & Café “Zuid”",
        province: "Antwerpen",
        sizeClass: null,
        role: "director",
        submittedAt: null,
        answers: { "tech-it-maintenance": 6, "tech-past-burden": 6, "tech-cloud-plan": 6 },
        scores: {
          capability: 66.66666666666667,
          "capability.efficiency": 100,
          legacy: 0,
          "legacy.technology": 0,
        },
      },
    ],
  };
}
