import { parseCsv } from "@maturo/stats";
import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, createTestApi, type TestApi } from "../test-fixtures/harness.js";

function tokenOf(link: string): string {
  return link.split("/s/")[1] as string;
}

interface Answering {
  /** Item answered "don't know". */
  dontKnow?: string;
  /** Item left blank. */
  skip?: string;
}

/** Answers every unconditional item with 4 (capped to the scale), except the named ones. */
async function respond(api: TestApi, link: string, how: Answering, submit = true): Promise<void> {
  const respondent = api.anonymous();
  const token = tokenOf(link);
  const opened = await respondent.survey.open({ token, locale: "nl" });
  const answers = opened.sections.flatMap((s) =>
    s.items
      .filter((i) => i.showIf === null && i.id !== how.skip)
      .map((i) => ({
        itemId: i.id,
        value: i.id === how.dontKnow ? ("dk" as const) : Math.min(4, i.points),
        at: new Date().toISOString(),
      })),
  );
  for (let i = 0; i < answers.length; i += 100)
    await respondent.survey.save({ token, answers: answers.slice(i, i + 100) });
  if (submit) await respondent.survey.submit({ token });
}

function csvOf(base64: string): { header: string[]; rows: string[][] } {
  const text = Buffer.from(base64, "base64")
    .toString("utf8")
    .replace(/^\uFEFF/, "");
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return { header: parsed.value.header, rows: parsed.value.rows };
}

describe.each(await testDatabaseFactories())("research exports on $dialect", (factory) => {
  let api: TestApi;
  let researcher: Caller & { userId: number };
  let keyUser: Caller & { userId: number };
  let campaignId: number;
  let orgA: number;

  beforeAll(async () => {
    api = await createTestApi(factory);
    orgA = await api.organisation("11001", { name: "=Gemeente A", province: "Antwerpen" });
    const orgB = await api.organisation("11002", { name: "Gemeente B", province: "Limburg" });
    researcher = await api.as({ email: "researcher@test.be", role: "researcher" });
    keyUser = await api.as({ email: "key@a.be", role: "keyuser", organisationIds: [orgA] });
    const version = await researcher.instruments.freeze({
      title: "Maturo 2026",
      plugins: ["organisation", "users", "technology", "context"],
    });
    campaignId = (
      await researcher.campaigns.createWave({
        name: "Golf 2026",
        versionId: version.id,
        population: [orgA, orgB],
      })
    ).id;
    const staff = await researcher.invitations.bulkForWave({ campaignId, role: "staff", perOrganisation: 2 });
    const directors = await researcher.invitations.bulkForWave({
      campaignId,
      role: "director",
      perOrganisation: 1,
    });
    const link = (rows: { link: string }[], i: number): string => rows[i]?.link as string;
    await respond(api, link(staff.links, 0), { dontKnow: "tech-it-maintenance" });
    await respond(api, link(staff.links, 1), { skip: "tech-it-maintenance" });
    await respond(api, link(directors.links, 0), {});
    await respond(api, link(staff.links, 2), {}, false); // in progress: never exported
  }, 120_000);
  afterAll(() => api.close());

  it("exports only submitted responses under their pseudonyms, with the three missing codes apart", async () => {
    const result = await researcher.exports.campaign({ campaignId, format: "csv", locale: "en" });
    expect(result.respondents).toBe(3);
    expect(result.files.map((f) => f.name)).toEqual([
      `maturo-campaign-${campaignId}.csv`,
      `maturo-campaign-${campaignId}-codebook.csv`,
      `maturo-campaign-${campaignId}-provenance.csv`,
    ]);
    const { header, rows } = csvOf(result.files[0]?.base64 as string);
    expect(header.slice(0, 6)).toEqual([
      "respondent_id",
      "organisation_pseudonym",
      "province",
      "size_class",
      "role",
      "submitted_on",
    ]);
    const pseudonyms = await api.handle.db
      .selectFrom("responses")
      .select(["pseudonym", "status"])
      .where("campaign_id", "=", campaignId)
      .execute();
    const submitted = pseudonyms.filter((p) => p.status === "submitted").map((p) => p.pseudonym);
    expect(rows.map((r) => r[0]).sort()).toEqual([...submitted].sort());

    const col = (name: string): number => header.indexOf(name);
    const maintenance = rows.map((r) => r[col("tech_it_maintenance")]).sort();
    expect(maintenance).toEqual(["-8", "-9", "4"]);
    // A yes/no context item asked of directors and managers only: not asked (-7) of staff.
    const alderman = rows.map((r) => [r[col("role")], r[col("ctx_alderman_portfolio")]]);
    expect(alderman.filter(([role]) => role === "staff").map(([, v]) => v)).toEqual(["-7", "-7"]);
    expect(alderman.find(([role]) => role === "director")?.[1]).toBe("2");
    // Stored scores: 4 on a 6-point scale is 60.
    expect(
      Number(rows.find((r) => r[col("role")] === "director")?.[col("score_capability_efficiency")]),
    ).toBe(60);
  });

  it("is pseudonymised: a per-campaign organisation pseudonym, no name or code, the date without time, small cells coarsened", async () => {
    const result = await researcher.exports.campaign({ campaignId, format: "csv", locale: "en" });
    const text = result.files.map((f) => Buffer.from(f.base64, "base64").toString("utf8")).join("\n");
    for (const identifying of ["Gemeente A", "Gemeente B", "11001", "11002"])
      expect(text).not.toContain(identifying);
    const { header, rows } = csvOf(result.files[0]?.base64 as string);
    const col = (name: string): number => header.indexOf(name);
    for (const row of rows) expect(row[col("submitted_on")]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // One organisation answered: the only one of its province, so neither province nor size class is kept.
    expect(new Set(rows.map((r) => r[col("province")]))).toEqual(new Set([""]));
    const pseudonyms = rows.map((r) => r[col("organisation_pseudonym")]);
    expect(new Set(pseudonyms).size).toBe(1);
    for (const p of pseudonyms) expect(p).toMatch(/^org-[0-9a-f]{12}$/);
    // Stable within the campaign: a second export gives the same pseudonyms.
    const again = await researcher.exports.campaign({ campaignId, format: "csv", locale: "en" });
    const { rows: againRows } = csvOf(again.files[0]?.base64 as string);
    expect(new Set(againRows.map((r) => r[col("organisation_pseudonym")]))).toEqual(new Set(pseudonyms));
  });

  it("exports identified only for a researcher the admin allowed, with the stated purpose in the audit log", async () => {
    const identified = { purpose: "Linking to the municipal finance statistics of 2025" };
    await expect(
      researcher.exports.campaign({ campaignId, format: "csv", locale: "en", identified }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      researcher.exports.campaign({ campaignId, format: "csv", locale: "en", identified: { purpose: " " } }),
    ).rejects.toThrow(/purpose/);

    const admin = await api.as({ email: "admin@test.be", role: "admin" });
    await expect(admin.admin.setIdentifiedExports({ userId: keyUser.userId, allowed: true })).rejects.toThrow(
      /only researchers and administrators/,
    );
    await admin.admin.setIdentifiedExports({ userId: researcher.userId, allowed: true });
    const users = await admin.admin.users();
    expect(users.find((u) => u.id === researcher.userId)?.identifiedExportsAt).not.toBeNull();

    const result = await researcher.exports.campaign({ campaignId, format: "csv", locale: "en", identified });
    const { header, rows } = csvOf(result.files[0]?.base64 as string);
    expect(header.slice(0, 3)).toEqual(["respondent_id", "organisation_code", "organisation_name"]);
    expect(header).toContain("submitted_at");
    // An organisation name that looks like a formula is escaped in the CSV.
    expect(rows.some((r) => r[header.indexOf("organisation_name")] === "'=Gemeente A")).toBe(true);

    const audit = await api.handle.db
      .selectFrom("audit_log")
      .select(["action", "user_id", "detail"])
      .where("action", "in", ["research.export", "account.identified-exports"])
      .orderBy("id", "desc")
      .limit(2)
      .execute();
    expect(audit[0]).toMatchObject({ action: "research.export", user_id: researcher.userId });
    expect(JSON.parse(audit[0]?.detail as string)).toMatchObject({
      identified: true,
      purpose: identified.purpose,
    });
    expect(audit[1]?.action).toBe("account.identified-exports");
    expect(JSON.parse(audit[1]?.detail as string)).toEqual({ userId: researcher.userId, allowed: true });

    // Withdrawn: forbidden again.
    await admin.admin.setIdentifiedExports({ userId: researcher.userId, allowed: false });
    await expect(
      researcher.exports.campaign({ campaignId, format: "csv", locale: "en", identified }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("never puts a token or an e-mail address in any file", async () => {
    const tokens = await api.handle.db
      .selectFrom("invitations")
      .select(["token_hash"])
      .where("campaign_id", "=", campaignId)
      .execute();
    for (const format of ["csv", "spss", "r", "stata", "xlsx"] as const) {
      const result = await researcher.exports.campaign({ campaignId, format, locale: "nl" });
      const text = result.files.map((f) => Buffer.from(f.base64, "base64").toString("latin1")).join("\n");
      expect(text).not.toMatch(/@test\.be|\/s\//);
      for (const t of tokens) expect(text).not.toContain(t.token_hash);
      expect(Buffer.from(result.zip.base64, "base64").subarray(0, 2).toString("latin1")).toBe("PK");
    }
    const spss = await researcher.exports.campaign({ campaignId, format: "spss", locale: "nl" });
    const syntax = Buffer.from(
      spss.files.find((f) => f.name.endsWith(".sps"))?.base64 as string,
      "base64",
    ).toString("utf8");
    expect(syntax).toContain("MISSING VALUES");
    expect(syntax).toContain(spss.instrumentHash);
  });

  it("exports a Stata do-file with the CSV, short names for Stata and a codebook that maps them", async () => {
    const result = await researcher.exports.campaign({ campaignId, format: "stata", locale: "nl" });
    const base = `maturo-campaign-${campaignId}`;
    expect(result.files.map((f) => f.name)).toEqual([
      `${base}.csv`,
      `${base}-codebook.csv`,
      `${base}-provenance.csv`,
      `${base}.do`,
    ]);
    expect(result.zip.name).toBe(`${base}-stata.zip`);
    const file = (name: string): string =>
      Buffer.from(result.files.find((f) => f.name === name)?.base64 as string, "base64").toString("utf8");
    const doFile = file(`${base}.do`);
    expect(doFile).toContain(`import delimited using "${base}.csv", clear`);
    expect(doFile).toContain(result.instrumentHash);
    expect(doFile).toMatch(/^mvdecode [\s\S]*, mv\(-9=\.a \\ -8=\.b \\ -7=\.c\)$/m);
    expect(doFile).toContain('.b "Weet ik niet"');
    // Every value label used is defined.
    const defined = new Set([...doFile.matchAll(/^label define (\w+)/gm)].map((m) => m[1]));
    const used = [...doFile.replace(/ \/\/\/\n\s*/g, " ").matchAll(/^label values .* (\w+)$/gm)].map(
      (m) => m[1],
    );
    expect(used.length).toBeGreaterThan(0);
    for (const name of used) expect(defined).toContain(name);

    // The data are the CSV export's; names over 32 characters get a Stata name, in the codebook too.
    const { header } = csvOf(result.files[0]?.base64 as string);
    expect(header).toContain("score_context_digital_focus_management");
    expect(doFile).toContain(
      "*   score_context_digital_focus_management -> score_context_digital_focus_mana",
    );
    const codebook = csvOf(Buffer.from(file(`${base}-codebook.csv`)).toString("base64"));
    expect(codebook.header.at(-1)).toBe("stata_variable");
    const stataNames = codebook.rows.map((row) => row.at(-1) as string);
    expect(codebook.rows.map((row) => row[0])).toEqual(header);
    for (const name of stataNames) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,31}$/);
    expect(new Set(stataNames.map((n) => n.toLowerCase())).size).toBe(stataNames.length);
    for (const [index, name] of stataNames.entries()) {
      expect(doFile).toContain(`rename v${index + 1} ${name}`);
      expect(doFile).toMatch(new RegExp(`^label variable ${name} `, "m"));
    }
  });

  it("writes every export to the audit log", async () => {
    const before = await api.handle.db
      .selectFrom("audit_log")
      .select("id")
      .where("action", "=", "research.export")
      .execute();
    await researcher.exports.campaign({ campaignId, format: "r", locale: "en" });
    const after = await api.handle.db
      .selectFrom("audit_log")
      .select(["id", "user_id", "campaign_id", "detail"])
      .where("action", "=", "research.export")
      .orderBy("id", "desc")
      .execute();
    expect(after).toHaveLength(before.length + 1);
    const me = await api.handle.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", "researcher@test.be")
      .executeTakeFirstOrThrow();
    expect(after[0]).toMatchObject({ user_id: me.id, campaign_id: campaignId });
    expect(JSON.parse(after[0]?.detail as string)).toMatchObject({
      format: "r",
      respondents: 3,
      identified: false,
    });
  });

  it("names the variables as the export does, for R code written by the console", async () => {
    const vars = await researcher.exports.variables({ campaignId });
    expect(vars.dataFile).toBe(`maturo-campaign-${campaignId}.csv`);
    expect(vars.scores).toContainEqual({
      nodeId: "context.digital-strategy",
      variable: "score_context_digital_strategy",
    });
    expect(vars.items).toContainEqual(
      expect.objectContaining({ itemId: "tech-it-maintenance", variable: "tech_it_maintenance", points: 6 }),
    );
  });

  it("is for researchers and admins only", async () => {
    await expect(keyUser.exports.campaign({ campaignId, format: "csv", locale: "nl" })).rejects.toThrow(
      /role may not/,
    );
    await expect(
      api.anonymous().exports.campaign({ campaignId, format: "csv", locale: "nl" }),
    ).rejects.toThrow(/log in/);
    await expect(
      researcher.exports.campaign({ campaignId: 99_999, format: "csv", locale: "nl" }),
    ).rejects.toThrow(/not found/);
  });
});
