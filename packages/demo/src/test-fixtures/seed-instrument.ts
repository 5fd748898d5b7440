import {
  type CompiledInstrument,
  compileInstruments,
  DEFAULT_FRAMEWORK,
  type Instrument,
  InstrumentSchema,
  type Role,
} from "@maturo/model";

/**
 * A stand-in for the four plugins, shaped like the seed study's items (docs/architecture.md, "Domain"): every seed item with its % positive, a
 * few extra items per category, context scales of 3–4 items, the two yes/no scales, role filters,
 * a reverse-coded burden and a follow-up behind `showIf`.
 */
interface Spec {
  readonly id: string;
  readonly node: string;
  readonly seed?: number;
  readonly reverse?: boolean;
  readonly roles?: readonly Role[];
  readonly scale?: "agree6" | "yesno";
  readonly showIf?: { readonly item: string; readonly in: readonly number[] };
}

const AGREE6 = {
  id: "agree6",
  points: 6,
  positive: [5, 6],
  dontKnow: true,
  labels: {
    nl: ["Helemaal oneens", "Oneens", "Eerder oneens", "Eerder eens", "Eens", "Helemaal eens"],
    en: ["Strongly disagree", "Disagree", "Somewhat disagree", "Somewhat agree", "Agree", "Strongly agree"],
  },
};
const YESNO = {
  id: "yesno",
  points: 2,
  positive: [2],
  dontKnow: true,
  labels: { nl: ["Nee", "Ja"], en: ["No", "Yes"] },
};

function plugin(id: string, specs: readonly Spec[]): Instrument {
  return InstrumentSchema.parse({
    id,
    version: "1.0.0",
    apiVersion: 1,
    locales: ["nl", "en"],
    title: { nl: id, en: id },
    scales: [AGREE6, YESNO],
    sections: [
      {
        id: "main",
        title: { nl: "Vragen", en: "Questions" },
        items: specs.map((s) => ({
          id: s.id,
          node: s.node,
          scale: s.scale ?? "agree6",
          text: { nl: `Stelling ${s.id}`, en: `Statement ${s.id}` },
          ...(s.reverse ? { reverse: true } : {}),
          ...(s.roles ? { roles: s.roles } : {}),
          ...(s.showIf ? { showIf: s.showIf } : {}),
          ...(s.seed === undefined ? {} : { seed: { ref: s.id, percentPositive: s.seed } }),
        })),
      },
    ],
  });
}

const MANAGEMENT: readonly Role[] = ["director", "manager"];

const TECHNOLOGY: Spec[] = [
  { id: "tech-it-maintenance", node: "capability.efficiency", seed: 80 },
  { id: "tech-security", node: "capability.efficiency", seed: 90 },
  { id: "tech-privacy", node: "capability.efficiency", seed: 88 },
  { id: "tech-reuse", node: "capability.efficiency", seed: 42 },
  { id: "tech-infrastructure", node: "legacy.technology", seed: 83 },
  { id: "tech-past-burden", node: "legacy.technology", seed: 45, reverse: true },
  { id: "tech-integration", node: "legacy.technology" },
  {
    id: "tech-cloud-plan",
    node: "capability.innovation",
    showIf: { item: "tech-it-maintenance", in: [4, 5, 6] },
  },
];
const ORGANISATION: Spec[] = [
  { id: "org-financing", node: "capability.efficiency", seed: 83, roles: MANAGEMENT },
  { id: "org-projects", node: "capability.efficiency", seed: 54 },
  { id: "org-outsourcing", node: "capability.efficiency", seed: 43 },
  { id: "org-encourage", node: "capability.innovation", seed: 67 },
  { id: "org-benefits", node: "capability.balance", seed: 69 },
  { id: "org-costs", node: "capability.balance", seed: 68, roles: MANAGEMENT },
  { id: "org-maintenance-renewal", node: "capability.balance", seed: 61 },
  { id: "org-competences", node: "capability.balance", seed: 45 },
  { id: "org-monitoring", node: "capability.balance", seed: 29 },
  { id: "org-it-capacities", node: "legacy.organisation", seed: 87 },
  { id: "org-it-mix", node: "legacy.organisation", seed: 72 },
  { id: "org-it-priorities", node: "legacy.organisation" },
];
const USERS: Spec[] = [
  { id: "users-external", node: "capability.innovation", seed: 74 },
  { id: "users-open-data", node: "capability.innovation", seed: 34 },
  { id: "users-scaling", node: "capability.innovation", seed: 32 },
  { id: "users-reputation", node: "legacy.users", seed: 69 },
  { id: "users-support", node: "legacy.users" },
  { id: "users-involvement", node: "legacy.users" },
];
const CONTEXT_SCALES: Record<string, number> = {
  "context.coercive": 3,
  "context.mimetic": 3,
  "context.normative-citizens": 3,
  "context.normative-businesses": 3,
  "context.digital-focus-management": 3,
  "context.digital-strategy": 4,
  "context.knowledge-development": 4,
  "context.human-resources": 4,
  "context.financial-resources": 3,
  "context.digital-focus-mayor": 3,
  "context.consensus": 3,
};
const CONTEXT: Spec[] = [
  ...Object.entries(CONTEXT_SCALES).flatMap(([node, count]) =>
    Array.from({ length: count }, (_, i) => ({ id: `ctx-${node.slice(8)}-${i + 1}`, node })),
  ),
  { id: "ctx-it-in-management", node: "context.it-in-management", scale: "yesno" },
  { id: "ctx-alderman-digital", node: "context.alderman-digital", scale: "yesno" },
];

export const FIXTURE_PLUGINS: readonly Instrument[] = [
  plugin("technology", TECHNOLOGY),
  plugin("organisation", ORGANISATION),
  plugin("users", USERS),
  plugin("context", CONTEXT),
];

export function fixtureInstrument(): CompiledInstrument {
  return compileInstruments(FIXTURE_PLUGINS, DEFAULT_FRAMEWORK);
}
