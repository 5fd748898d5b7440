import type { ReportInstrument, ReportOrganisation, ReportOverview, TrendPoint } from "../input.js";

/** A small instrument: two dimensions with categories, a context scale and one lens. */
export const instrument: ReportInstrument = {
  nodes: [
    { id: "legacy", parent: null, kind: "dimension", label: { nl: "Erfenis", en: "Legacy" } },
    { id: "legacy.tech", parent: "legacy", kind: "category", label: { nl: "Technologie", en: "Technology" } },
    { id: "capability", parent: null, kind: "dimension", label: { nl: "Vermogen", en: "Capability" } },
    {
      id: "capability.a",
      parent: "capability",
      kind: "category",
      label: { nl: "Efficiëntie", en: "Efficiency" },
    },
    { id: "context", parent: null, kind: "group", label: { nl: "Context", en: "Context" } },
    { id: "context.p", parent: "context", kind: "category", label: { nl: "Druk", en: "Pressure" } },
    {
      id: "capability.b",
      parent: "capability",
      kind: "category",
      label: { nl: "Innovatie", en: "Innovation" },
    },
  ],
  items: [
    {
      id: "i-a",
      node: "capability.a",
      text: { nl: "We plannen goed.", en: "We plan well." },
      tags: ["oecd.data"],
      reverse: false,
    },
    {
      id: "i-old",
      node: "legacy.tech",
      text: { nl: "Oude systemen remmen ons.", en: "Old systems hold us back." },
      tags: [],
      reverse: true,
    },
    {
      id: "i-b",
      node: "capability.b",
      text: { nl: "We proberen nieuwe dingen.", en: "We try new things." },
      tags: ["oecd.data"],
      reverse: false,
    },
    {
      id: "i-ctx",
      node: "context.p",
      text: { nl: "Er is druk.", en: "There is pressure." },
      tags: [],
      reverse: false,
    },
  ],
  lenses: [
    {
      id: "oecd",
      label: { nl: "OESO", en: "OECD" },
      tags: [
        { id: "oecd.data", label: { nl: "Datagedreven", en: "Data-driven" } },
        { id: "oecd.open", label: { nl: "Open", en: "Open by default" } },
      ],
    },
  ],
  axes: { capability: "capability", legacy: "legacy" },
  thresholds: { capability: 50, legacy: 50 },
  profiles: [
    { id: "D", name: { nl: "Volwassen", en: "Mature" }, capability: "atOrAbove", legacy: "atOrAbove" },
    { id: "A", name: { nl: "Starter", en: "Starter" }, capability: "below", legacy: "below" },
    { id: "B", name: { nl: "Basis", en: "Base" }, capability: "below", legacy: "atOrAbove" },
    { id: "C", name: { nl: "Geremd", en: "Held back" }, capability: "atOrAbove", legacy: "below" },
  ],
  // Below the floors on purpose: the report must still use 3 others besides the reader (4 respondents) and 5 organisations.
  rules: { minGroupSize: 2, minBenchmarkGroup: 3 },
};

export const organisation: ReportOrganisation = {
  id: 7,
  code: "T-007",
  name: "Gemeente Łeuven",
  province: "Vlaams-Brabant",
  sizeClass: "25k-50k",
};

const gap = { status: "withheld", reason: "role-group-small", managementN: 2, staffN: 4 } as const;
const score = (nodeId: string, kind: string, label: string, mean: number | null, n: number) => ({
  nodeId,
  kind,
  label: { nl: label, en: label },
  mean,
  sd: mean === null ? null : 10,
  n,
  withheld: mean === null,
  reason: mean === null ? ("too-few-respondents" as const) : null,
  breakdown: { gap },
});

export const overview: ReportOverview = {
  campaign: { id: 3, name: "Bevraging 2026" },
  respondents: 6,
  minGroupSize: 2,
  weighting: "equal",
  refresh: { pending: 0, remaining: 0 },
  participation: { submitted: { director: 1, manager: 2, staff: 3 } },
  status: "shown",
  scores: [
    score("capability", "dimension", "Vermogen", 62.54, 6),
    {
      ...score("capability.a", "category", "Efficiëntie", 40, 6),
      breakdown: {
        gap: { status: "shown", management: { mean: 55, n: 4 }, staff: { mean: 30, n: 4 }, gap: 25 },
      },
    },
    // Shown by a framework with k = 2, withheld by the report's floor of 3 others (4 respondents).
    score("capability.b", "category", "Innovatie", 70, 3),
    score("legacy", "dimension", "Erfenis", 45, 6),
    score("legacy.tech", "category", "Technologie", 45, 6),
    score("context.p", "category", "Druk", 30, 6),
  ],
  profile: {
    id: "C",
    name: { nl: "Geremd", en: "Held back" },
    description: { nl: "Veel vermogen, zware erfenis.", en: "Much capability, a heavy legacy." },
    recommendations: [{ nl: "Ruim oude systemen op.", en: "Clear out old systems." }],
  },
  items: [
    { itemId: "i-a", n: 6, percentPositive: 50, withheld: false, reason: null },
    { itemId: "i-old", n: 6, percentPositive: 100, withheld: false, reason: null },
    { itemId: "i-b", n: 3, percentPositive: 100, withheld: false, reason: null },
    { itemId: "i-ctx", n: 6, percentPositive: 20, withheld: false, reason: null },
  ],
  strengthsAndChallenges: {
    strengths: [{ itemId: "i-old", percentPositive: 100 }],
    challenges: [{ itemId: "i-a", percentPositive: 50 }],
  },
  lens: [{ tag: "oecd.data", percentPositive: 75, items: 2 }],
  benchmarks: [
    {
      nodeId: "capability",
      groups: [
        { scope: "all", status: "shown", percentileRank: 45.7, groupMean: 58.25, groupSize: 12 },
        { scope: "province", status: "shown", percentileRank: 80, groupMean: 50, groupSize: 4 },
        { scope: "sizeClass", status: "withheld", reason: "no-attribute", groupSize: 0 },
      ],
    },
    {
      nodeId: "legacy",
      groups: [{ scope: "all", status: "withheld", reason: "too-few-organisations", groupSize: 2 }],
    },
  ],
};

export const trend: readonly TrendPoint[] = [
  {
    campaignId: 1,
    name: "Golf 2024",
    opensAt: "2024-03-01",
    respondents: 9,
    scores: { capability: 51, legacy: null },
  },
  {
    campaignId: 3,
    name: "Bevraging 2026",
    opensAt: "2026-03-01",
    respondents: 6,
    scores: { capability: 62.54, legacy: 45 },
  },
];
