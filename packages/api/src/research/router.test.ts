import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directorsCampaign } from "../test-fixtures/directors-campaign.js";
import { type Caller, createTestApi, type TestApi } from "../test-fixtures/harness.js";
import { submitQuestionnaire } from "../test-fixtures/submit-questionnaire.js";

/** Submits a full questionnaire; each item's answer varies with `seed` and the item's position. */
const respond = (api: TestApi, link: string, seed: number): Promise<void> =>
  submitQuestionnaire(api, link, (item, index) => 1 + ((seed * 7 + index * seed + index) % item.points));

describe.each(await testDatabaseFactories())("research.regression on $dialect", (factory) => {
  let api: TestApi;
  let researcher: Caller;
  let campaignId: number;

  beforeAll(async () => {
    api = await createTestApi(factory);
    const made = await directorsCampaign(api, 12);
    researcher = made.researcher;
    campaignId = made.campaignId;
    const links = made.links;
    for (const [i, link] of links.entries()) await respond(api, link, i + 1);
  });
  afterAll(() => api.close());

  const input = () => ({
    campaignId,
    dependents: ["capability.efficiency", "capability.innovation"],
    predictors: ["context.digital-strategy"],
  });

  it("refuses a control with one level (one organisation, one province), naming the controls field", async () => {
    await expect(researcher.research.regression({ ...input(), controls: ["province"] })).rejects.toThrow(
      /^controls: factor "province" needs at least two levels, it has 1$/,
    );
  });

  it("keeps the seed's English layout with decimal points by default", async () => {
    const { table, rendered, errors } = await researcher.research.regression(input());
    // One organisation: nothing to cluster by, so ordinary errors, and the note says so.
    expect(errors).toBe("ordinary");
    expect(table.footnotes).toContain("Ordinary (OLS) standard errors.");
    expect(table.rows.map((r) => r.label).slice(-5)).toEqual(["Constant", "R²", "Adjusted R²", "F", "N"]);
    expect(table.footnotes[0]).toBe("Unstandardised coefficients with standard errors in parentheses.");
    expect(table.rows[0]?.cells[0]).toMatch(/^-?\d+\.\d{3}/);
    expect(rendered.markdown).toContain("| Adjusted R² |");
  });

  it("writes the table in Dutch with decimal commas, and the CSV with decimal points", async () => {
    const { table, rendered } = await researcher.research.regression({ ...input(), locale: "nl" });
    expect(table.columns).toEqual(["Efficiëntie", "Innovatie"]);
    expect(table.rows.map((r) => r.label)).toEqual([
      "Digitale strategie",
      "Constante",
      "R²",
      "Aangepaste R²",
      "F",
      "N",
    ]);
    for (const row of table.rows) for (const cell of row.cells) expect(cell).not.toMatch(/\d\.\d/);
    expect(table.rows[0]?.cells[0]).toMatch(/^-?\d+,\d{3}/);
    expect(table.footnotes).toContain(
      "Ongestandaardiseerde coëfficiënten met standaardfouten tussen haakjes.",
    );
    expect(rendered.markdown).toContain("| Aangepaste R² |");
    expect(rendered.latex).toContain("Constante &");
    expect(rendered.html).toContain("Aangepaste R²");
    expect(rendered.csv).toMatch(/\r\nAangepaste R²,-?\d+\.\d{3},-?\d+\.\d{3}\r\n/);
    expect(rendered.csv).toContain("\r\nN,12,12\r\n");
  });
});
