import { describe, expect, it } from "vitest";
import type { ExportDataset } from "./dataset.js";
import { ExportError } from "./export-error.js";
import { buildExportTable, MISSING_CODES, resolveAnswer } from "./export-table.js";
import { datasetFixture, INSTRUMENT_FIXTURE } from "./test-fixtures/dataset.js";

function item(id: string) {
  const found = INSTRUMENT_FIXTURE.items.find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
}

const base = datasetFixture().rows[0];
const byId = new Map(INSTRUMENT_FIXTURE.items.map((entry) => [entry.id, entry]));

describe("export table", () => {
  it("is pseudonymised unless asked for identified: no name, no code column, the date without time", () => {
    const { identified: _, ...pseudonymised } = datasetFixture();
    const table = buildExportTable(pseudonymised);
    const names = table.variables.map((v) => v.name);
    expect(names.slice(0, 6)).toEqual([
      "respondent_id",
      "organisation_pseudonym",
      "province",
      "size_class",
      "role",
      "submitted_on",
    ]);
    expect(names).not.toContain("organisation_name");
    const at = names.indexOf("submitted_on");
    expect(table.rows.map((row) => row[at])).toEqual(["2023-12-05", "2023-12-06", "2024-01-10", null]);
    const cells = JSON.stringify(table.rows);
    for (const row of pseudonymised.rows)
      if (row.organisationName) expect(cells).not.toContain(row.organisationName);
    expect(table.provenance.find((p) => p.key === "identifiers")?.value).toMatch(
      /^pseudonymised, not anonymous/,
    );

    const identified = buildExportTable(datasetFixture());
    expect(identified.variables.map((v) => v.name).slice(0, 3)).toEqual([
      "respondent_id",
      "organisation_code",
      "organisation_name",
    ]);
  });

  it("keeps don't know, not answered and not asked apart", () => {
    if (!base) throw new Error("fixture");
    const cloud = item("tech-cloud-plan");
    expect(resolveAnswer({ ...base, answers: { "tech-cloud-plan": "dk" } }, cloud, byId)).toBe("dk");
    // a director who saw the item (maintenance 5 opens it) but skipped it
    expect(resolveAnswer({ ...base, answers: { "tech-it-maintenance": 5 } }, cloud, byId)).toBeNull();
    // the showIf condition was false, or its driver was not answered
    expect(resolveAnswer({ ...base, answers: { "tech-it-maintenance": 2 } }, cloud, byId)).toBe("na");
    expect(resolveAnswer({ ...base, answers: {} }, cloud, byId)).toBe("na");
    // staff are not asked this item at all
    expect(
      resolveAnswer({ ...base, role: "staff", answers: { "tech-it-maintenance": 5 } }, cloud, byId),
    ).toBe("na");
    expect(MISSING_CODES).toEqual({ notAsked: -7, dontKnow: -8, notAnswered: -9 });
  });

  it("marks as not asked an item whose controlling item was itself not asked, as scoring does", () => {
    if (!base) throw new Error("fixture");
    // "tech-cloud-vendor" is asked when the cloud plan is 5 or 6; the plan only when maintenance is 4–6.
    const vendor = {
      ...item("tech-cloud-plan"),
      id: "tech-cloud-vendor",
      showIf: { item: "tech-cloud-plan", in: [5, 6] },
    };
    const chained = new Map([...byId, [vendor.id, vendor]]);
    const shown = { "tech-it-maintenance": 5, "tech-cloud-plan": 6 };
    expect(resolveAnswer({ ...base, answers: shown }, vendor, chained)).toBeNull();
    // Maintenance changed to 2 hid the plan; its answer 6 was left behind and opens nothing.
    const stale = { "tech-it-maintenance": 2, "tech-cloud-plan": 6 };
    expect(resolveAnswer({ ...base, answers: stale }, vendor, chained)).toBe("na");
  });

  it("names every variable once, items in questionnaire order, then scores", () => {
    const table = buildExportTable(datasetFixture());
    expect(table.variables.filter((v) => v.kind === "answer").map((v) => v.source)).toEqual(
      INSTRUMENT_FIXTURE.items.map((entry) => entry.id),
    );
    expect(table.variables.filter((v) => v.kind === "score").map((v) => v.name)).toEqual([
      "score_capability",
      "score_capability_efficiency",
      "score_legacy",
      "score_legacy_technology",
    ]);
    expect(table.rows).toHaveLength(4);
  });

  it("defaults the score columns to the dimensions, their categories and nodes with items", () => {
    const { scoreNodes: _ignored, ...rest } = datasetFixture();
    const table = buildExportTable(rest);
    expect(table.variables.filter((v) => v.kind === "score").map((v) => v.source)).toEqual([
      "capability",
      "capability.efficiency",
      "capability.innovation",
      "capability.balance",
      "legacy",
      "legacy.organisation",
      "legacy.users",
      "legacy.technology",
      "context.alderman-digital",
    ]);
  });

  it("reports every problem of a bad dataset at once", () => {
    const good = datasetFixture();
    const [first, second] = good.rows;
    if (!first || !second) throw new Error("fixture");
    const bad: ExportDataset = {
      ...good,
      campaign: { ...good.campaign, exportedAt: "yesterday" },
      scoreNodes: ["capability", "nope"],
      rows: [
        { ...first, answers: { "tech-it-maintenance": 7, "tech-x": 1, "ctx-alderman-digital": "dk" } },
        { ...second, respondentId: first.respondentId, answers: { "tech-cloud-plan": 3 } },
        {
          ...second,
          respondentId: "r-9",
          submittedAt: "not a date",
          scores: { capability: Number.NaN, x: 1 },
        },
      ],
    };
    let error: unknown;
    try {
      buildExportTable(bad);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ExportError);
    expect((error as ExportError).code).toBe("invalid-export-dataset");
    expect((error as ExportError).problems).toEqual([
      'campaign.exportedAt: not an ISO date "yesterday"',
      'scoreNodes: unknown node "nope"',
      "rows[0].answers.tech-it-maintenance: 7 is not a point 1..6",
      "rows[0].answers.tech-x: unknown item",
      'rows[0].answers.ctx-alderman-digital: "dk" but the scale offers no "don\'t know"',
      'rows[1].respondentId: duplicate "r-0001"',
      'rows[1].answers.tech-cloud-plan: answered, but the role "staff" is not asked this item',
      'rows[2].submittedAt: not an ISO date "not a date"',
      "rows[2].scores.capability: not a finite number",
      "rows[2].scores.x: unknown node",
    ]);
  });
});
