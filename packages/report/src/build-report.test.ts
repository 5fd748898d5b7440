import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildReport, type ShownReport } from "./build-report.js";
import { reportContext } from "./context.js";
import { disclosureRules, MIN_BENCHMARK_FLOOR, MIN_GROUP_FLOOR } from "./disclosure/rules.js";
import { say } from "./localize.js";
import { instrument, organisation, overview, trend } from "./test-fixtures/report-input.js";

const context = reportContext({ organisation, instrument, overview });

function shown(scope: "all" | "province" | "sizeClass" = "all"): ShownReport {
  const report = buildReport({ overview, trend, context, scope });
  if (report.status !== "shown") throw new Error("expected a shown report");
  return report;
}

describe("buildReport", () => {
  it("lists each dimension of the pinned instrument followed by its own categories, without context scales", () => {
    expect(context.profileNodes).toEqual([
      "legacy",
      "legacy.tech",
      "capability",
      "capability.a",
      "capability.b",
    ]);
    expect(shown().profile.rows.map((r) => [r.nodeId, r.dimension])).toEqual([
      ["legacy", true],
      ["legacy.tech", false],
      ["capability", true],
      ["capability.a", false],
      ["capability.b", false],
    ]);
  });

  it("never goes below 3 others besides the reader (4 respondents) or 5 organisations, whatever the framework allows", () => {
    expect(context.rules).toEqual({ minGroupSize: 4, minBenchmarkGroup: 5 });
    const report = shown("province");
    const innovation = report.profile.rows.find((r) => r.nodeId === "capability.b");
    expect(innovation?.mean).toBeNull();
    expect(innovation?.withheld && say(innovation.withheld, "en")).toBe(
      "Hidden: rests on fewer than 4 respondents.",
    );
    const capability = report.benchmark.rows.find((r) => r.nodeId === "capability");
    expect(capability?.group).toBeNull();
    expect(capability?.withheld && say(capability.withheld, "nl")).toBe(
      "Verborgen: minder dan 5 andere besturen met een score in deze groep.",
    );
    const statement = report.statements.find((s) => s.itemId === "i-b");
    expect(statement?.percentPositive).toBeNull();
  });

  it("shows a benchmark group that is large enough and says why the others are hidden", () => {
    const report = shown("all");
    expect(report.benchmark.rows.map((r) => r.nodeId)).toEqual(["legacy", "capability"]);
    expect(report.benchmark.rows[1]?.group).toEqual({ mean: 58.25, percentile: 45.7, size: 12 });
    const legacy = report.benchmark.rows[0];
    expect(legacy?.withheld && say(legacy.withheld, "en")).toBe(
      "Hidden: fewer than 5 other local governments with a score in this group.",
    );
    const sizeClass = shown("sizeClass").benchmark.rows.find((r) => r.nodeId === "capability");
    expect(sizeClass?.withheld?.key).toBe("reason_no-attribute");
  });

  it("names the gap's groups when shown and both counts when withheld", () => {
    const gap = shown().gap;
    expect(gap.find((g) => g.nodeId === "capability.a")?.figures?.gap).toBe(25);
    const withheld = gap.find((g) => g.nodeId === "capability")?.withheld;
    expect(withheld && say(withheld, "nl")).toBe(
      "Verborgen: management en medewerkers hebben elk minstens 4 deelnemers nodig, anders volgt de kleine groep uit het totaal.",
    );
  });

  it("reads lens tags from the pinned instrument, including tags without items", () => {
    expect(shown().lens.rows).toEqual([
      { tag: "oecd.data", label: { nl: "Datagedreven", en: "Data-driven" }, percentPositive: 75, items: 2 },
      { tag: "oecd.open", label: { nl: "Open", en: "Open by default" }, percentPositive: null, items: 0 },
    ]);
  });

  it("gives statements their texts, phrases reverse-coded ones by meaning and leaves context scales out of the table", () => {
    const report = shown();
    expect(report.strengths[0]).toMatchObject({
      itemId: "i-old",
      phrasing: "disagreed-with",
      percentPositive: 100,
    });
    expect(report.strengths[0]?.text).toEqual({
      nl: "Oneens met: „Oude systemen remmen ons.”",
      en: "Disagreed with: “Old systems hold us back.”",
    });
    expect(report.statements.find((s) => s.itemId === "i-old")?.text).toEqual(report.strengths[0]?.text);
    expect(report.statements.map((s) => s.itemId)).toEqual(["i-a", "i-old", "i-b"]);
    expect(report.statements[0]?.nodeLabel.nl).toBe("Efficiëntie");
  });

  it("draws the trend of the instrument's axes and the position on them", () => {
    const report = shown();
    expect(report.trend.series.map((s) => s.label.en)).toEqual(["Capability", "Legacy"]);
    expect(report.trend.points.map((p) => p.values)).toEqual([
      [51, null],
      [62.54, 45],
    ]);
    expect(report.position.capability.value).toBe(62.54);
    expect(report.position.profiles.map((p) => p.id)).toEqual(["A", "B", "C", "D"]);
  });

  it("withholds everything, with the reason, under k respondents", () => {
    const few = { ...overview, respondents: 3 };
    const report = buildReport({ overview: few, trend, context, scope: "all" });
    expect(report.status).toBe("withheld");
    if (report.status === "withheld")
      expect(say(report.reason, "en")).toMatch(/at least 4 respondents have submitted \(3 so far\)/);
  });
});

describe("disclosureRules", () => {
  it("takes the framework's thresholds but never less than the floors, plus the reader's own answers", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 }), (k, b) => {
        const rules = disclosureRules({ minGroupSize: k, minBenchmarkGroup: b });
        expect(rules.minGroupSize).toBe(Math.max(MIN_GROUP_FLOOR, k) + 1);
        expect(rules.minBenchmarkGroup).toBe(Math.max(MIN_BENCHMARK_FLOOR, b));
      }),
    );
    // The web app's former BENCHMARK_MIN and the PDF's hard-coded minimum, under the default framework.
    expect(disclosureRules({ minGroupSize: 3, minBenchmarkGroup: 5 })).toEqual({
      minGroupSize: 4,
      minBenchmarkGroup: 5,
    });
  });
});
