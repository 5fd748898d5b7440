import type { Framework, FrameworkNode, LensTag } from "./framework.js";

function category(id: string, parent: string, nl: string, en: string): FrameworkNode {
  return { id, parent, kind: "category", label: { nl, en } };
}

function tag(id: string, nl: string, en: string): LensTag {
  return { id, label: { nl, en } };
}

/**
 * The framework (docs/architecture.md, "Domain"): digital maturity as capability × legacy (Magnusson & Nilsson), the
 * context scales that explain it, and the OECD Digital Government Policy Framework as a second lens.
 */
export const DEFAULT_FRAMEWORK: Framework = {
  id: "maturo-default",
  version: "1.0.0",
  locales: ["nl", "en"],
  title: { nl: "Digitale maturiteit van lokale besturen", en: "Digital maturity of local governments" },
  nodes: [
    {
      id: "capability",
      parent: null,
      kind: "dimension",
      label: { nl: "Digitaal vermogen", en: "Digital capability" },
      description: {
        nl: "Het voertuig dat u hebt: hoe goed de organisatie digitaal werkt en vernieuwt.",
        en: "The vehicle you have: how well the organisation runs and renews itself digitally.",
      },
    },
    category("capability.efficiency", "capability", "Efficiëntie", "Efficiency"),
    category("capability.innovation", "capability", "Innovatie", "Innovation"),
    category(
      "capability.balance",
      "capability",
      "Balans tussen efficiëntie en innovatie",
      "Balance between efficiency and innovation",
    ),
    {
      id: "legacy",
      parent: null,
      kind: "dimension",
      label: { nl: "Digitale erfenis", en: "Digital legacy" },
      description: {
        nl: "De bagage die u meedraagt: wat eerdere IT-keuzes, de infrastructuur en de IT-afdeling meebrengen. Hoger betekent dat die erfenis helpt in plaats van remt.",
        en: "The baggage you carry: what past IT choices, the infrastructure and the IT department bring along. Higher means the legacy helps rather than holds back.",
      },
    },
    category("legacy.organisation", "legacy", "Organisatie", "Organisation"),
    category("legacy.users", "legacy", "Gebruikers", "Users"),
    category("legacy.technology", "legacy", "Technologie", "Technology"),
    {
      id: "context",
      parent: null,
      kind: "group",
      label: { nl: "Context", en: "Context" },
      description: {
        nl: "Verklarende factoren: institutionele druk en organisatiecapaciteit.",
        en: "Explanatory factors: institutional pressure and organisational capacity.",
      },
    },
    category(
      "context.coercive",
      "context",
      "Dwingende druk (bovenlokaal beleid)",
      "Coercive pressure (supra-local policy)",
    ),
    category(
      "context.mimetic",
      "context",
      "Nabootsende druk (andere besturen)",
      "Mimetic pressure (other local governments)",
    ),
    category(
      "context.normative-citizens",
      "context",
      "Normatieve druk van burgers",
      "Normative pressure from citizens",
    ),
    category(
      "context.normative-businesses",
      "context",
      "Normatieve druk van ondernemingen",
      "Normative pressure from businesses",
    ),
    category(
      "context.it-in-management",
      "context",
      "IT vertegenwoordigd in het managementteam",
      "IT represented in the management team",
    ),
    category(
      "context.digital-focus-management",
      "context",
      "Digitale focus van het managementteam",
      "Digital focus of the management team",
    ),
    category("context.digital-strategy", "context", "Digitale strategie", "Digital strategy"),
    category(
      "context.knowledge-development",
      "context",
      "Kennis en ontwikkeling",
      "Knowledge and development",
    ),
    category("context.human-resources", "context", "Personeel", "Human resources"),
    category("context.financial-resources", "context", "Financiële middelen", "Financial resources"),
    category(
      "context.alderman-digital",
      "context",
      "Schepen voor digitalisering",
      "Alderman for digitalisation",
    ),
    category(
      "context.digital-focus-mayor",
      "context",
      "Digitale focus van de burgemeester",
      "Digital focus of the mayor",
    ),
    category("context.consensus", "context", "Consensus in de gemeenteraad", "Consensus in the council"),
  ],
  lenses: [
    {
      id: "oecd",
      label: {
        nl: "OESO-raamwerk voor digitale overheid",
        en: "OECD Digital Government Policy Framework",
      },
      tags: [
        tag("oecd.digital-by-design", "Digitaal by design", "Digital by design"),
        tag("oecd.data-driven", "Datagedreven", "Data-driven"),
        tag("oecd.government-as-a-platform", "Overheid als platform", "Government as a platform"),
        tag("oecd.open-by-default", "Standaard open", "Open by default"),
        tag("oecd.user-driven", "Gebruikersgedreven", "User-driven"),
        tag("oecd.proactive", "Proactief", "Proactive"),
      ],
    },
  ],
  axes: { capability: "capability", legacy: "legacy" },
  thresholds: { capability: 50, legacy: 50 },
  profiles: [
    {
      id: "A",
      capability: "below",
      legacy: "below",
      name: { nl: "Starter", en: "Starter" },
      description: {
        nl: "Het digitaal vermogen is nog beperkt en de IT-erfenis weegt door. Er is weinig ruimte om te vernieuwen zolang de basis niet op orde is.",
        en: "Digital capability is still limited and the IT legacy weighs on the organisation. There is little room to innovate while the basics are not in order.",
      },
      recommendations: [
        {
          nl: "Breng de basis op orde: stabiele infrastructuur, beveiliging en een duidelijk beheer van IT.",
          en: "Get the basics right: stable infrastructure, security and clear management of IT.",
        },
        {
          nl: "Werk aan een eenvoudige digitale strategie die door het managementteam gedragen wordt.",
          en: "Draw up a simple digital strategy that the management team stands behind.",
        },
        {
          nl: "Zoek partners: gedeelde diensten en samenwerking met andere besturen brengen kennis binnen.",
          en: "Find partners: shared services and cooperation with other local governments bring in knowledge.",
        },
      ],
    },
    {
      id: "B",
      capability: "below",
      legacy: "atOrAbove",
      name: { nl: "Stevige basis, onbenut potentieel", en: "Solid base, untapped potential" },
      description: {
        nl: "De IT-erfenis helpt: infrastructuur en IT-afdeling zijn een goede basis. Die basis wordt nog te weinig gebruikt om efficiënter te werken en te vernieuwen.",
        en: "The IT legacy helps: infrastructure and IT department are a good base. That base is not yet used enough to work more efficiently and to innovate.",
      },
      recommendations: [
        {
          nl: "Vertaal de goede basis in concrete digitale projecten met een duidelijke eigenaar.",
          en: "Turn the good base into concrete digital projects with a clear owner.",
        },
        {
          nl: "Investeer in kennis en ontwikkeling: opleiding, lessen delen en samenwerking.",
          en: "Invest in knowledge and development: training, sharing lessons and collaboration.",
        },
        {
          nl: "Experimenteer in kleine pilots en meet wat ze opleveren.",
          en: "Experiment in small pilots and measure what they deliver.",
        },
      ],
    },
    {
      id: "C",
      capability: "atOrAbove",
      legacy: "below",
      name: { nl: "Ambitieus maar geremd", en: "Ambitious but held back" },
      description: {
        nl: "De organisatie werkt digitaal sterk, maar oude IT-keuzes, de infrastructuur of de positie van de IT-afdeling remmen verdere groei.",
        en: "The organisation is digitally strong, but past IT choices, the infrastructure or the position of the IT department hold back further growth.",
      },
      recommendations: [
        {
          nl: "Maak een plan om verouderde systemen en technische schuld stap voor stap af te bouwen.",
          en: "Plan to phase out outdated systems and technical debt step by step.",
        },
        {
          nl: "Zoek een bewuste balans tussen investeren in onderhoud en in vernieuwing.",
          en: "Strike a deliberate balance between investing in maintenance and in renewal.",
        },
        {
          nl: "Versterk de IT-afdeling als partner van de organisatie, met de juiste mix van competenties.",
          en: "Strengthen the IT department as a partner of the organisation, with the right mix of skills.",
        },
      ],
    },
    {
      id: "D",
      capability: "atOrAbove",
      legacy: "atOrAbove",
      name: { nl: "Digitaal volwassen", en: "Digitally mature" },
      description: {
        nl: "Sterk digitaal vermogen op een erfenis die helpt. De uitdaging is om dat niveau vast te houden en verder te kijken.",
        en: "Strong digital capability on a legacy that helps. The challenge is to keep that level and to look further ahead.",
      },
      recommendations: [
        {
          nl: "Deel en schaal wat werkt naar andere lokale besturen.",
          en: "Share what works and scale it to other local governments.",
        },
        {
          nl: "Volg het effect van digitale initiatieven voortdurend op en stuur bij.",
          en: "Monitor the effect of digital initiatives continuously and adjust.",
        },
        {
          nl: "Gebruik de OESO-dimensies om de volgende stappen te kiezen, bijvoorbeeld open data en proactieve dienstverlening.",
          en: "Use the OECD dimensions to choose next steps, for example open data and proactive services.",
        },
      ],
    },
  ],
  scoring: {
    minValidItemShare: 0.5,
    minCategoryShare: 0.5,
    weighting: "equal",
    minGroupSize: 3,
    minBenchmarkGroup: 5,
  },
};
