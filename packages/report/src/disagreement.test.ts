import type { Role } from "@maturo/model";
import { describe, expect, it } from "vitest";
import { buildReport, type ShownReport } from "./build-report.js";
import { reportContext } from "./context.js";
import { discloseItemGroups, type ItemRoleTally } from "./disclosure/item-groups.js";
import { FLOOR_RULES } from "./disclosure/rules.js";
import type { InstrumentItem, ShownOverview } from "./input.js";
import { localize, say } from "./localize.js";
import { instrument, organisation, overview, trend } from "./test-fixtures/report-input.js";

const shownOverview = overview as ShownOverview;

/** An item's tallies: management's and staff's valid and positive answers (everyone asked answered). */
function tallies(management: [number, number], staff: [number, number]): Record<Role, ItemRoleTally> {
  return {
    director: { asked: 1, n: 1, positive: management[1] > 0 ? 1 : 0 },
    manager: {
      asked: management[0] - 1,
      n: management[0] - 1,
      positive: Math.max(0, management[1] - 1),
    },
    staff: { asked: staff[0], n: staff[0], positive: staff[1] },
  };
}

function report(
  groups: Record<string, Record<Role, ItemRoleTally>> | null,
  items: readonly InstrumentItem[] = instrument.items,
): ShownReport {
  const withGroups: ShownOverview = {
    ...shownOverview,
    itemGroups:
      groups === null
        ? null
        : Object.entries(groups).map(([itemId, byRole]) => ({
            itemId,
            groups: discloseItemGroups(byRole, 3),
          })),
  };
  const context = reportContext({ organisation, instrument: { ...instrument, items }, overview: withGroups });
  const built = buildReport({ overview: withGroups, trend, context, scope: "all" });
  if (built.status !== "shown") throw new Error("expected a shown report");
  return built;
}

describe("disagreement", () => {
  it("lists the statements on which management and staff differ most, largest first, by meaning", () => {
    const { disagreement } = report({
      "i-a": tallies([5, 4], [5, 1]), // 80 against 20: +60
      "i-old": tallies([4, 2], [4, 3]), // 50 against 75: −25
      "i-b": tallies([4, 2], [4, 2]), // the same: not listed
      "i-ctx": tallies([3, 3], [3, 0]), // a context question: never listed
    });
    expect(disagreement.withheld).toBeNull();
    expect(disagreement.compared).toBe(3);
    expect(disagreement.rows.map((r) => [r.itemId, r.difference])).toEqual([
      ["i-a", 60],
      ["i-old", -25],
    ]);
    const [first, second] = disagreement.rows;
    expect(first?.management).toEqual({ percentPositive: 80, n: 5 });
    expect(first?.staff).toEqual({ percentPositive: 20, n: 5 });
    expect(first?.nodeLabel.nl).toBe("Efficiëntie");
    expect(localize(first?.starter, "en")).toBe(
      "Management is more positive than staff about “We plan well.” (60 percentage points apart): ask staff what they experience differently in their daily work and what would have to change.",
    );
    // The reverse-coded statement is phrased by its meaning, in the row and in the starter.
    expect(second?.phrasing).toBe("disagreed-with");
    expect(localize(second?.text, "nl")).toBe("Oneens met: „Oude systemen remmen ons.”");
    expect(localize(second?.starter, "nl")).toMatch(
      /^De medewerkers zijn het vaker oneens dan het management met „Oude systemen remmen ons\.” \(25 procentpunten verschil\): vraag/,
    );
  });

  it("uses the instrument's positive phrasing of a reverse-coded statement", () => {
    const items = instrument.items.map((item) =>
      item.id === "i-old"
        ? {
            ...item,
            positiveText: { nl: "Onze systemen zijn bij de tijd.", en: "Our systems are up to date." },
          }
        : item,
    );
    const { disagreement, strengths } = report({ "i-old": tallies([4, 0], [4, 4]) }, items);
    expect(disagreement.rows[0]).toMatchObject({ phrasing: "positive-text", difference: -100 });
    expect(disagreement.rows[0]?.text.en).toBe("Our systems are up to date.");
    expect(disagreement.rows[0]?.starter.en).toMatch(
      /^Staff are more positive than management about “Our systems are up to date\.”/,
    );
    expect(strengths[0]?.text.en).toBe("Our systems are up to date.");
  });

  it("lists at most five statements, ties in questionnaire order", () => {
    const items: InstrumentItem[] = ["q1", "q2", "q3", "q4", "q5", "q6", "q7"].map((id) => ({
      id,
      node: "capability.a",
      text: { nl: id, en: id },
      tags: [],
      reverse: false,
    }));
    const groups = Object.fromEntries(
      items.map((item, i) => [item.id, i < 2 ? tallies([4, 4], [4, 2]) : tallies([4, 4], [4, 0])]),
    );
    const { disagreement } = report(groups, items);
    expect(disagreement.compared).toBe(7);
    expect(disagreement.rows.map((r) => r.itemId)).toEqual(["q3", "q4", "q5", "q6", "q7"]);
  });

  it("says none differ by 10 points when the groups agree", () => {
    const { disagreement } = report({ "i-a": tallies([4, 2], [9, 4]) }); // 50 against 44.4
    expect(disagreement).toMatchObject({ compared: 1, rows: [], withheld: null, minDifference: 10 });
  });

  it("is withheld, with the reason, when a role group is below k on every statement", () => {
    const { disagreement } = report({
      "i-a": tallies([2, 2], [5, 1]),
      "i-old": tallies([2, 0], [5, 5]),
      "i-b": tallies([5, 5], [2, 0]),
    });
    expect(disagreement.rows).toEqual([]);
    expect(disagreement.compared).toBe(0);
    expect(disagreement.withheld && say(disagreement.withheld, "en")).toBe(
      say({ key: "reason_role-group-small", values: { min: FLOOR_RULES.minGroupSize, bench: 5 } }, "en"),
    );
  });

  it("leaves out a statement whose groups are withheld while listing the others", () => {
    const { disagreement } = report({ "i-a": tallies([2, 2], [5, 0]), "i-old": tallies([4, 4], [4, 0]) });
    expect(disagreement.rows.map((r) => r.itemId)).toEqual(["i-old"]);
  });

  it("waits for the next refresh when the figures last shown have no role groups per item", () => {
    const { disagreement } = report(null);
    expect(disagreement.withheld?.key).toBe("reason_awaiting-refresh");
  });
});
