import { describe, expect, it } from "vitest";
import { buildReport, type ShownReport } from "./build-report.js";
import { reportContext } from "./context.js";
import type { ReferenceDisclosure } from "./disclosure/reference-groups.js";
import type { ShownOverview } from "./input.js";
import { leverSentences } from "./lever-text.js";
import { say } from "./localize.js";
import type { ReferenceSource } from "./reference-rows.js";
import { instrument, organisation, overview, trend } from "./test-fixtures/report-input.js";

const shownOverview = overview as ShownOverview;
const scale = (nodeId: string, mean: number) => ({
  nodeId,
  kind: "category",
  label: { nl: nodeId, en: nodeId },
  mean,
  sd: 10,
  n: 6,
  withheld: false,
  reason: null,
  breakdown: { gap: { status: "withheld", reason: "role-group-small", managementN: 2, staffN: 4 } as const },
});
const withScales: ShownOverview = {
  ...shownOverview,
  scores: [
    ...shownOverview.scores,
    scale("context.a", 30),
    scale("context.b", 40),
    scale("context.c", 60),
    scale("context.d", 20),
  ],
};

const all = (median: number, organisations = 40): ReferenceDisclosure[] => [
  { scope: "all", status: "shown", q1: median - 10, median, q3: median + 10, organisations },
  { scope: "province", status: "withheld", reason: "too-few-organisations", organisations: 4 },
];
const efficiency = { nodeId: "capability.a", label: { nl: "Efficiëntie", en: "Efficiency" } };
const innovation = { nodeId: "capability.b", label: { nl: "Innovatie", en: "Innovation" } };
const driver = (nodeId: string, model: typeof efficiency, beta: number) => ({
  nodeId,
  model,
  beta,
  p: 0.01,
  n: 250,
  clusters: 150,
});

const source: ReferenceSource = {
  wave: { id: 1, name: "Golf 2024" },
  weighting: "equal",
  nodes: [
    { nodeId: "capability", groups: all(55) },
    {
      nodeId: "legacy",
      groups: [{ scope: "all", status: "withheld", reason: "too-few-organisations", organisations: 4 }],
    },
    { nodeId: "context.a", groups: all(50) },
    { nodeId: "context.b", groups: all(50) },
    { nodeId: "context.c", groups: all(50) },
    { nodeId: "context.d", groups: all(60) },
  ],
  scales: ["context.a", "context.b", "context.c", "context.d"].map((nodeId) => ({
    nodeId,
    label: { nl: nodeId, en: nodeId },
  })),
  models: [efficiency, innovation],
  drivers: [
    driver("context.a", efficiency, 0.2),
    driver("context.b", innovation, 0.5),
    driver("context.c", efficiency, 0.3),
  ],
};

function report(scope: "all" | "province" = "all"): ShownReport {
  const context = { ...reportContext({ organisation, instrument, overview: withScales }), reference: source };
  const built = buildReport({ overview: withScales, trend, context, scope });
  if (built.status !== "shown") throw new Error("expected a shown report");
  return built;
}

describe("reference benchmark and levers", () => {
  it("names the wave and gives the median and quartiles per profile node, withholding a group of fewer than 5", () => {
    const reference = report().reference;
    expect(reference?.wave).toEqual({ id: 1, name: "Golf 2024" });
    const capability = reference?.rows.find((r) => r.nodeId === "capability");
    expect(capability).toMatchObject({
      own: 62.54,
      figure: { q1: 45, median: 55, q3: 65, organisations: 40 },
    });
    const legacy = reference?.rows.find((r) => r.nodeId === "legacy");
    expect(legacy?.figure).toBeNull();
    expect(legacy?.withheld && say(legacy.withheld, "en")).toBe(
      "Hidden: fewer than 5 other local governments with a score in this group.",
    );
  });

  it("ranks the context scales by (median − own) × β, scales without a significant β last", () => {
    // a: (50 − 30) × 0.2 = 4; b: (50 − 40) × 0.5 = 5; c: (50 − 60) × 0.3 = −3; d: no driver.
    const rows = report().levers?.rows ?? [];
    expect(rows.map((r) => [r.nodeId, r.priority])).toEqual([
      ["context.b", 5],
      ["context.a", 4],
      ["context.c", -3],
      ["context.d", null],
    ]);
    expect(rows[0]?.driver?.model.nodeId).toBe("capability.b");
  });

  it("says each lever in plain words, naming its β and model, in both languages", () => {
    const levers = report().levers;
    const b = levers?.rows[0];
    if (!levers || !b) throw new Error("expected levers");
    expect(leverSentences(b, levers, "en")).toEqual([
      "Your score 40.0 is 10.0 points below the reference median 50.0 (middle half 40.0 to 60.0).",
      "In Golf 2024, respondents who rated this scale higher also scored higher on Innovation: standardised β = 0.50 (p = 0.010) in the model of Innovation on all context scales, with 250 respondents, errors clustered by organisation (150 organisations).",
    ]);
    expect(leverSentences(b, levers, "nl")[1]).toContain("gestandaardiseerde β = 0,50");
    const d = levers.rows[3];
    expect(d && leverSentences(d, levers, "nl")[1]).toContain("geen van de drie modellen");
  });

  it("withholds every lever of a scope whose group is too small, saying why", () => {
    const rows = report("province").levers?.rows ?? [];
    expect(rows.every((r) => r.priority === null && r.figure === null)).toBe(true);
    expect(rows[0]?.withheld && say(rows[0].withheld, "nl")).toBe(
      "Verborgen: minder dan 5 andere besturen met een score in deze groep.",
    );
  });

  it("has neither section without a reference wave", () => {
    const built = buildReport({
      overview: withScales,
      trend,
      context: reportContext({ organisation, instrument, overview: withScales }),
      scope: "all",
    });
    expect(built.status === "shown" && [built.reference, built.levers]).toEqual([null, null]);
  });
});
