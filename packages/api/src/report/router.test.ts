import { writeFileSync } from "node:fs";
import { hasPdftotext, pdfText as readPdf, testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, createTestApi, type TestApi } from "../test-fixtures/harness.js";

const pdftotext = hasPdftotext();
const pdfText = (base64: string): string => readPdf(Buffer.from(base64, "base64"));

/** Submits a full questionnaire answering `point` (capped at each item's scale). */
async function respond(api: TestApi, link: string, point: number): Promise<void> {
  const token = link.split("/s/")[1] as string;
  const respondent = api.anonymous();
  const opened = await respondent.survey.open({ token, locale: "nl" });
  const answers = opened.sections.flatMap((s) =>
    s.items
      .filter((i) => i.showIf === null)
      .map((i) => ({ itemId: i.id, value: Math.min(point, i.points), at: new Date().toISOString() })),
  );
  for (let i = 0; i < answers.length; i += 100)
    await respondent.survey.save({ token, answers: answers.slice(i, i + 100) });
  await respondent.survey.submit({ token });
}

describe.each(await testDatabaseFactories())("the results report on $dialect", (factory) => {
  let api: TestApi;
  let org: number;
  let keyUser: Caller;
  let campaignId: number;

  beforeAll(async () => {
    api = await createTestApi(factory);
    org = await api.organisation("R-001", {
      name: "Gemeente Zoë",
      province: "Antwerpen",
      sizeClass: "10-20k",
    });
    const researcher = await api.as({ email: "researcher@test.be", role: "researcher" });
    keyUser = await api.as({ email: "key@r.be", role: "keyuser", organisationIds: [org] });
    const { id: versionId } = await researcher.instruments.freeze({
      title: "Maturo",
      plugins: ["organisation", "users", "technology", "context"],
    });
    campaignId = (
      await keyUser.campaigns.startSelf({ organisationId: org, versionId, name: "Zelfevaluatie" })
    ).id;
    for (const [role, point] of [
      ["director", 5],
      ["manager", 4],
      ["manager", 5],
      ["staff", 2],
      ["staff", 3],
      ["staff", 2],
    ] as const) {
      const { links } = await keyUser.invitations.create({
        campaignId,
        organisationId: org,
        role,
        recipients: { count: 1 },
      });
      await respond(api, links[0]?.link as string, point);
    }
  });
  afterAll(() => api.close());

  it("gives item texts and recommendations tied to the weakest categories and the seed's takeaways", async () => {
    const context = await keyUser.report.context({ organisationId: org, campaignId });
    expect(context.organisation.name).toBe("Gemeente Zoë");
    expect(context.items.find((i) => i.id === "users-open-data")?.text.en).toMatch(/open data/);
    const recs = context.recommendations;
    if (!recs) throw new Error("expected recommendations");
    expect(recs.weakest.length).toBeGreaterThanOrEqual(2);
    const overview = await keyUser.results.overview({ organisationId: org, campaignId });
    if (overview.status !== "shown") throw new Error("expected results");
    const categories = overview.scores
      .filter((s) => /^(capability|legacy)\./.test(s.nodeId) && s.mean !== null)
      .sort((a, b) => (a.mean as number) - (b.mean as number));
    expect(recs.weakest[0]?.nodeId).toBe(categories[0]?.nodeId);
    expect(recs.weakest.every((w) => w.advice.length > 0)).toBe(true);
    expect(recs.takeaways.map((t) => t.id).sort()).toEqual([
      "digital-strategy",
      "human-capital",
      "knowledge-development",
      "partnerships",
    ]);
  });

  it("refuses another organisation's key user and researchers", async () => {
    const other = await api.organisation("R-002");
    const stranger = await api.as({ email: "key@other.be", role: "keyuser", organisationIds: [other] });
    await expect(stranger.report.pdf({ organisationId: org, campaignId, locale: "nl" })).rejects.toThrow(
      /not a key user of this organisation/,
    );
    await expect(stranger.report.pdf({ organisationId: other, campaignId, locale: "nl" })).rejects.toThrow(
      /no results/,
    );
    const researcher = await api.as({ email: "r2@test.be", role: "researcher" });
    await expect(researcher.report.context({ organisationId: org, campaignId })).rejects.toThrow(/role/);
  });

  it.skipIf(!pdftotext)(
    "makes a PDF whose text holds the organisation, its scores and the reasons for what is hidden",
    async () => {
      const overview = await keyUser.results.overview({ organisationId: org, campaignId });
      if (overview.status !== "shown") throw new Error("expected results");
      const capability = overview.scores.find((s) => s.nodeId === "capability")?.mean as number;
      for (const locale of ["nl", "en"] as const) {
        const pdf = await keyUser.report.pdf({ organisationId: org, campaignId, locale, scope: "province" });
        expect(pdf.filename).toBe(`maturo-R-001-${campaignId}.pdf`);
        const text = pdfText(pdf.base64);
        if (process.env.DUMP_PDF)
          writeFileSync(`/tmp/gen/report-${locale}.pdf`, Buffer.from(pdf.base64, "base64"));
        expect(text).toContain("Gemeente Zoë");
        const formatted = new Intl.NumberFormat(locale === "nl" ? "nl-BE" : "en-GB", {
          minimumFractionDigits: 1,
          maximumFractionDigits: 1,
        }).format(capability);
        expect(text).toContain(formatted);
        // One organisation in the campaign: the benchmark is hidden, with the reason.
        expect(text).toContain(locale === "nl" ? "minder dan 5 andere besturen" : "fewer than 5 other local");
        expect(text).toContain(locale === "nl" ? "Efficiëntie" : "Efficiency");
      }
    },
  );

  it.skipIf(!pdftotext)(
    "words the Dutch PDF as the dashboard does: u, deelnemers, onderdelen, dimensies, profile legend, reverse-coded statements by meaning",
    async () => {
      const text = pdfText(
        (await keyUser.report.pdf({ organisationId: org, campaignId, locale: "nl" })).base64,
      );
      expect(text).toContain("het voertuig dat u hebt");
      expect(text).toContain("de bagage die u meedraagt");
      expect(text).not.toMatch(/\b(je|jouw|jullie)\b/i);
      expect(text).toContain("Deelnemers: 6");
      expect(text).not.toMatch(/respondent/i);
      expect(text).toContain("Werk eerst aan uw zwakste onderdelen");
      expect(text).not.toContain("categorieën");
      expect(text).toMatch(/OESO-lens Dimensie % positief/);
      // The quadrant's legend names every profile and where it lies.
      expect(text).toContain("Profielen A — Starter: vermogen onder 50, erfenis onder 50");
      expect(text).toContain("B — Stevige basis, onbenut potentieel: vermogen onder 50, erfenis 50 of hoger");
      expect(text).toContain("C — Ambitieus maar geremd: vermogen 50 of hoger, erfenis onder 50");
      expect(text).toContain("D — Digitaal volwassen: vermogen 50 of hoger, erfenis 50 of hoger");
      // The burden item (tech-past-burden) is reverse-coded: the statements table prints its positive
      // phrasing, never the negative statement next to its % positive.
      expect(text).toContain("IT-keuzes uit het verleden hinderen ons vandaag niet meer.");
      expect(text).not.toContain("Slechte IT-keuzes uit het verleden hinderen ons vandaag nog.");
      // Benchmark: each dimension followed by its own categories.
      const benchmark = text.slice(text.indexOf("Vergelijking met andere besturen"));
      const order = [
        "Digitaal vermogen",
        "– Efficiëntie",
        "– Innovatie",
        "– Balans tussen efficiëntie en innovatie",
        "Digitale erfenis",
        "– Organisatie",
        "– Gebruikers",
        "– Technologie",
      ].map((label) => benchmark.indexOf(label));
      expect(order.every((at) => at >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    },
  );

  it.skipIf(!pdftotext)(
    "phrases reverse-coded statements by meaning and names the profiles in English too",
    async () => {
      const text = pdfText(
        (await keyUser.report.pdf({ organisationId: org, campaignId, locale: "en" })).base64,
      );
      expect(text).toContain("We do not depend on outdated applications that are hard to replace.");
      expect(text).not.toContain("We depend on outdated applications");
      expect(text).toContain("Profiles A — Starter: capability below 50, legacy below 50");
      expect(text).toMatch(/OECD lens Dimension % positive/);
    },
  );
});
