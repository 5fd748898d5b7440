import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, createTestApi, type TestApi } from "../test-fixtures/harness.js";
import { submitQuestionnaire } from "../test-fixtures/submit-questionnaire.js";

/** Submits a full questionnaire whose answers vary with `seed` and the item's position. */
const respond = (api: TestApi, link: string, seed: number): Promise<void> =>
  submitQuestionnaire(
    api,
    link,
    (item, index) => 1 + ((seed * 5 + index * (seed % 7) + (index % 3) * seed) % item.points),
  );

/** Ten organisations in two provinces and two size classes; eight respond, unequally. */
const POPULATION = [
  { province: "Antwerpen", sizeClass: "under-10k", staff: 2 },
  { province: "Antwerpen", sizeClass: "under-10k", staff: 1 },
  { province: "Antwerpen", sizeClass: "10k-25k", staff: 2 },
  { province: "Antwerpen", sizeClass: "10k-25k", staff: 0 },
  { province: "Limburg", sizeClass: "under-10k", staff: 2 },
  { province: "Limburg", sizeClass: "10k-25k", staff: 1 },
  { province: "Limburg", sizeClass: "10k-25k", staff: 2 },
  { province: "Limburg", sizeClass: "under-10k", staff: 1 },
  { province: "Limburg", sizeClass: "under-10k", staff: -1 },
  { province: "Antwerpen", sizeClass: "10k-25k", staff: -1 },
];
const RESPONDING = POPULATION.filter((o) => o.staff >= 0).length;
const DIRECTORS = RESPONDING;
const RESPONDENTS = DIRECTORS + POPULATION.reduce((sum, o) => sum + Math.max(0, o.staff), 0);

describe.each(await testDatabaseFactories())("research.regression methods on $dialect", (factory) => {
  let api: TestApi;
  let researcher: Caller;
  let campaignId: number;

  beforeAll(async () => {
    api = await createTestApi(factory);
    const ids: number[] = [];
    for (const [i, o] of POPULATION.entries())
      ids.push(await api.organisation(`G-${i}`, { province: o.province, sizeClass: o.sizeClass }));
    researcher = await api.as({ email: "researcher@test.be", role: "researcher" });
    const { id: versionId } = await researcher.instruments.freeze({
      title: "Maturo",
      plugins: ["organisation", "users", "technology", "context"],
    });
    campaignId = (await researcher.campaigns.createWave({ name: "Golf", versionId, population: ids })).id;
    const staff = await researcher.invitations.bulkForWave({ campaignId, role: "staff", perOrganisation: 2 });
    const directors = await researcher.invitations.bulkForWave({
      campaignId,
      role: "director",
      perOrganisation: 1,
    });
    let seed = 1;
    for (const [i, o] of POPULATION.entries()) {
      if (o.staff < 0) continue;
      await respond(api, directors.links[i]?.link as string, seed++);
      for (let s = 0; s < o.staff; s++) await respond(api, staff.links[i * 2 + s]?.link as string, seed++);
    }
  }, 180_000);
  afterAll(() => api.close());

  const input = {
    dependents: ["capability.efficiency"],
    predictors: ["context.digital-strategy", "context.human-resources"],
  };

  it("clusters the errors by organisation at respondent level by default, and says so", async () => {
    const result = await researcher.research.regression({ campaignId, ...input, locale: "nl" });
    expect(result.errors).toBe("cr1");
    expect(result.models[0]?.n).toBe(RESPONDENTS);
    expect(result.models[0]?.clusters).toBe(RESPONDING);
    const slope = result.models[0]?.coefficients[1];
    // The table shows the clustered error, not the ordinary one.
    expect(result.table.rows[0]?.cells[0]).toContain(
      `(${slope?.clusterStdError?.toFixed(3).replace(".", ",")})`,
    );
    expect(slope?.clusterStdError).not.toBeCloseTo(slope?.stdError ?? 0, 6);
    expect(result.table.footnotes).toContain(
      `Standaardfouten geclusterd per organisatie (CR1, ${RESPONDING} clusters), p op ${RESPONDING - 1} vrijheidsgraden.`,
    );
    expect(result.table.footnotes).toContain("Ongewogen.");
    const cr2 = await researcher.research.regression({ campaignId, ...input, cluster: "cr2" });
    expect(cr2.table.footnotes.join(" ")).toContain(
      "(CR2, 8 clusters), p with Satterthwaite degrees of freedom",
    );
    const plain = await researcher.research.regression({ campaignId, ...input, cluster: "none" });
    expect(plain.table.footnotes).toContain("Ordinary (OLS) standard errors.");
  });

  it("fits organisation means and directors alone, with one row per organisation", async () => {
    const organisations = await researcher.research.regression({
      campaignId,
      ...input,
      level: "organisation",
    });
    expect(organisations.models[0]?.n).toBe(RESPONDING);
    expect(organisations.errors).toBe("ordinary");
    expect(organisations.table.footnotes[1]).toBe(
      "Organisation level: each organisation's respondents averaged first.",
    );
    const directors = await researcher.research.regression({ campaignId, ...input, level: "director" });
    expect(directors.models[0]?.n).toBe(DIRECTORS);
    await expect(
      researcher.research.regression({ campaignId, ...input, level: "organisation", cluster: "cr1" }),
    ).rejects.toThrow(/^cluster: clustered errors apply to respondent-level models only/);
  });

  it("rakes the responding organisations to the population's province and size-class margins", async () => {
    const result = await researcher.research.regression({ campaignId, ...input, weights: "raked" });
    const weighting = result.weighting;
    expect(weighting?.converged).toBe(true);
    expect(weighting?.organisations).toBe(RESPONDING);
    expect(weighting?.margins).toEqual([
      { variable: "province", totals: { Antwerpen: 5, Limburg: 5 } },
      { variable: "size_class", totals: { "10k-25k": 5, "under-10k": 5 } },
    ]);
    expect(result.models[0]?.weights).toBe("weight");
    expect(result.table.footnotes.join(" ")).toMatch(
      new RegExp(
        `the ${RESPONDING} responding organisations raked to the population's province and size-class margins \\(\\d+ iterations\\)`,
      ),
    );
    const unweighted = await researcher.research.regression({ campaignId, ...input });
    expect(result.models[0]?.coefficients[1]?.estimate).not.toBeCloseTo(
      unweighted.models[0]?.coefficients[1]?.estimate ?? 0,
      6,
    );
  });

  it("adds province and size class as treatment-coded controls with their reference category", async () => {
    const result = await researcher.research.regression({
      campaignId,
      ...input,
      controls: ["province", "size_class"],
      locale: "nl",
    });
    expect(result.controls.map((c) => [c.reference, c.terms])).toEqual([
      ["Antwerpen", ["provinceLimburg"]],
      ["10k-25k", ["size_classunder-10k"]],
    ]);
    expect(result.models[0]?.coefficients.map((c) => c.term)).toEqual([
      "(Intercept)",
      ...input.predictors,
      "provinceLimburg",
      "size_classunder-10k",
    ]);
    expect(result.table.rows.map((r) => r.label)).toContain("Provincie: Limburg");
    expect(result.table.rows.map((r) => r.label)).toContain("Grootteklasse: < 10.000 inwoners");
    expect(result.table.footnotes).toContain(
      "Controlevariabelen gecodeerd tegenover de referentiecategorie: Provincie: Antwerpen; Grootteklasse: 10.000–24.999 inwoners.",
    );
  });

  it("lists the organisations that have not answered, organisations only", async () => {
    const rates = await researcher.research.responseRates({ campaignId });
    expect(rates.nonResponding.map((o) => [o.code, o.province, o.sizeClass, o.invited])).toEqual([
      ["G-8", "Limburg", "under-10k", 3],
      ["G-9", "Antwerpen", "10k-25k", 3],
    ]);
    expect(Object.keys(rates.nonResponding[0] ?? {}).sort()).toEqual(
      ["code", "invited", "kind", "name", "organisationId", "province", "sizeClass"].sort(),
    );
  });

  it("selects part of the population by province, size class and kind for a new wave", async () => {
    const limburgSmall = await researcher.research.population({
      provinces: ["Limburg"],
      sizeClasses: ["under-10k"],
      kinds: ["municipality"],
    });
    expect(limburgSmall.organisationIds).toHaveLength(
      POPULATION.filter((o) => o.province === "Limburg" && o.sizeClass === "under-10k").length,
    );
    expect(limburgSmall.choices).toEqual({
      provinces: ["Antwerpen", "Limburg"],
      sizeClasses: ["10k-25k", "under-10k"],
      kinds: ["municipality"],
    });
    expect((await researcher.research.population({ kinds: ["ocmw"] })).organisationIds).toEqual([]);
    expect((await researcher.research.population({})).organisationIds).toHaveLength(POPULATION.length);
  });

  it("refuses raking for a campaign without a population", async () => {
    const org = await api.organisation("SELF");
    const keyUser = await api.as({ email: "key@self.be", role: "keyuser", organisationIds: [org] });
    const { id: versionId } = await researcher.instruments.freeze({
      title: "Maturo",
      plugins: ["organisation", "users", "technology", "context"],
    });
    const self = await keyUser.campaigns.startSelf({ organisationId: org, versionId, name: "Eigen" });
    await expect(
      researcher.research.regression({ campaignId: self.id, ...input, weights: "raked" }),
    ).rejects.toThrow(/^weights: raking needs a wave with a population/);
  });
});
