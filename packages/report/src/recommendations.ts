import type { LocalizedText } from "@maturo/model";

/**
 * Advice per capability and legacy category, offered when the category is among the organisation's
 * weakest. Written from the seed's findings on where local governments struggle.
 */
export const CATEGORY_ADVICE: Readonly<Record<string, readonly LocalizedText[]>> = {
  "capability.efficiency": [
    {
      nl: "Leg voor elk digitaal project een eigenaar, een planning en een budget vast, en volg ze op in het managementteam.",
      en: "Give every digital project an owner, a plan and a budget, and follow them up in the management team.",
    },
    {
      nl: "Hergebruik bouwstenen en standaarden (Vlaamse en federale diensten) in plaats van zelf te bouwen.",
      en: "Reuse building blocks and standards (regional and federal services) instead of building your own.",
    },
    {
      nl: "Maak heldere afspraken met leveranciers wanneer u digitale dienstverlening uitbesteedt.",
      en: "Make clear agreements with suppliers when you outsource digital services.",
    },
  ],
  "capability.innovation": [
    {
      nl: "Stel data open waar het kan en kijk wie ze gebruikt: open data is een goedkope bron van vernieuwing.",
      en: "Open up data where you can and see who uses it: open data is a cheap source of innovation.",
    },
    {
      nl: "Deel geslaagde vernieuwingen met andere besturen en neem die van anderen over.",
      en: "Share successful innovations with other local governments and adopt theirs.",
    },
    {
      nl: "Geef medewerkers tijd en ruimte om kleine digitale experimenten te doen.",
      en: "Give staff time and room for small digital experiments.",
    },
  ],
  "capability.balance": [
    {
      nl: "Volg het effect van digitale initiatieven voortdurend op met enkele eenvoudige indicatoren.",
      en: "Monitor the effect of digital initiatives continuously with a few simple indicators.",
    },
    {
      nl: "Verzeker de nodige digitale competenties: breng in kaart wat ontbreekt en plan opleiding of aanwerving.",
      en: "Secure the digital skills you need: map what is missing and plan training or hiring.",
    },
    {
      nl: "Verdeel het budget bewust tussen onderhoud van wat bestaat en vernieuwing.",
      en: "Split the budget deliberately between maintaining what exists and renewal.",
    },
  ],
  "legacy.organisation": [
    {
      nl: "Geef de IT-afdeling een plaats aan tafel bij beslissingen, niet alleen bij de uitvoering.",
      en: "Give the IT department a seat at the table when decisions are made, not only when they are carried out.",
    },
    {
      nl: "Zorg voor de juiste mix van competenties in het IT-team, eventueel via een gedeelde dienst.",
      en: "Make sure the IT team has the right mix of skills, if need be through a shared service.",
    },
  ],
  "legacy.users": [
    {
      nl: "Betrek gebruikers bij de keuze en invoering van nieuwe toepassingen.",
      en: "Involve users in choosing and introducing new applications.",
    },
    {
      nl: "Werk aan de interne reputatie van IT: communiceer wat er verbetert en luister naar knelpunten.",
      en: "Work on the internal reputation of IT: communicate what improves and listen to bottlenecks.",
    },
  ],
  "legacy.technology": [
    {
      nl: "Maak een plan om verouderde systemen en slechte IT-keuzes uit het verleden stap voor stap af te bouwen.",
      en: "Plan to phase out outdated systems and poor past IT choices step by step.",
    },
    {
      nl: "Investeer in een betrouwbare infrastructuur voordat u nieuwe toepassingen toevoegt.",
      en: "Invest in reliable infrastructure before adding new applications.",
    },
  ],
};

/** What a key takeaway of the seed is measured by: context scales, or items' % positive. */
export type TakeawayBasis =
  | { kind: "node"; ids: readonly string[] }
  | { kind: "items"; ids: readonly string[] };

export interface Takeaway {
  id: "digital-strategy" | "knowledge-development" | "human-capital" | "partnerships";
  title: LocalizedText;
  text: LocalizedText;
  basis: TakeawayBasis;
}

/**
 * The seed's key takeaways. Digital strategy, knowledge & development and human resources were the
 * organisational capacities that raised maturity most in the seed's regressions; partnerships bring in
 * knowledge a single local government lacks.
 */
export const TAKEAWAYS: readonly Takeaway[] = [
  {
    id: "digital-strategy",
    title: { nl: "Digitale strategie", en: "Digital strategy" },
    text: {
      nl: "Een gedragen digitale strategie hing in het onderzoek het sterkst samen met digitale maturiteit. Richt ze op de OESO-dimensies: digitale maturiteit is een manier van werken, niet alleen technologie.",
      en: "A shared digital strategy was the strongest driver of digital maturity in the study. Aim it at the OECD dimensions: digital maturity is a way of working, not just technology.",
    },
    basis: { kind: "node", ids: ["context.digital-strategy"] },
  },
  {
    id: "knowledge-development",
    title: { nl: "Kennis en ontwikkeling", en: "Knowledge and development" },
    text: {
      nl: "Opleiding, lessen trekken uit projecten, communicatie en samenwerking versterken vooral innovatie en de balans tussen efficiëntie en innovatie.",
      en: "Training, learning lessons from projects, communication and collaboration strengthen innovation and the balance between efficiency and innovation most.",
    },
    basis: { kind: "node", ids: ["context.knowledge-development"] },
  },
  {
    id: "human-capital",
    title: { nl: "Menselijk kapitaal", en: "Human capital" },
    text: {
      nl: "Voldoende medewerkers met de juiste competenties, en minder afhankelijkheid van anderen, verhogen de maturiteit op alle drie de onderdelen van digitaal vermogen.",
      en: "Enough staff with the right skills, and less dependency on others, raise maturity on all three parts of digital capability.",
    },
    basis: { kind: "node", ids: ["context.human-resources"] },
  },
  {
    id: "partnerships",
    title: { nl: "Partnerschappen", en: "Partnerships" },
    text: {
      nl: "Zet in op partnerschappen die kennis binnenbrengen: met andere besturen, intergemeentelijke samenwerking, kennisinstellingen en bedrijven.",
      en: "Invest in partnerships that bring in knowledge: with other local governments, intermunicipal cooperation, knowledge institutions and businesses.",
    },
    basis: { kind: "items", ids: ["users-external-collaboration", "users-scaling-innovation"] },
  },
];

export interface WeakCategory {
  nodeId: string;
  score: number;
  /** Below the framework threshold (default 50), not only the lowest of a good set. */
  belowThreshold: boolean;
  advice: readonly LocalizedText[];
}

export interface TakeawayResult {
  id: Takeaway["id"];
  title: LocalizedText;
  text: LocalizedText;
  /** The organisation's score (context scale 0–100) or % positive of the items; null when withheld or absent. */
  score: number | null;
  basis: "scale" | "percentPositive";
  /** Below the threshold: a priority for this organisation. */
  priority: boolean;
}

export interface Recommendations {
  weakest: WeakCategory[];
  takeaways: TakeawayResult[];
}

/**
 * Recommendations tied to this organisation's numbers: the two weakest capability/legacy categories
 * (plus any other below the threshold) with their advice, and the seed's key takeaways ordered by the
 * organisation's own score on each (lowest first).
 */
export function recommendationsFor(
  scores: readonly { nodeId: string; mean: number | null }[],
  items: readonly { itemId: string; percentPositive: number | null }[],
  threshold: number,
): Recommendations {
  const categories = scores
    .filter((s): s is { nodeId: string; mean: number } => s.mean !== null && s.nodeId in CATEGORY_ADVICE)
    .sort((a, b) => a.mean - b.mean);
  const weakest = categories
    .filter((s, index) => index < 2 || s.mean < threshold)
    .map((s) => ({
      nodeId: s.nodeId,
      score: s.mean,
      belowThreshold: s.mean < threshold,
      advice: CATEGORY_ADVICE[s.nodeId] ?? [],
    }));
  const mean = (values: (number | null | undefined)[]): number | null => {
    const present = values.filter((v): v is number => typeof v === "number");
    return present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
  };
  const takeaways = TAKEAWAYS.map((t): TakeawayResult => {
    const score =
      t.basis.kind === "node"
        ? mean(t.basis.ids.map((id) => scores.find((s) => s.nodeId === id)?.mean))
        : mean(t.basis.ids.map((id) => items.find((i) => i.itemId === id)?.percentPositive));
    return {
      id: t.id,
      title: t.title,
      text: t.text,
      score,
      basis: t.basis.kind === "node" ? "scale" : "percentPositive",
      priority: score !== null && score < threshold,
    };
  }).sort((a, b) => (a.score ?? Number.POSITIVE_INFINITY) - (b.score ?? Number.POSITIVE_INFINITY));
  return { weakest, takeaways };
}
