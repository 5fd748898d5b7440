import { parseCsv } from "@maturo/stats";
import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../demo/load-demo.js";
import { createTestApi, type TestApi } from "../test-fixtures/harness.js";
import { MIN_STRATUM_ORGANISATIONS } from "./coarsen-strata.js";

// The demo's open wave as a researcher exports it by default (SQLite: loading the demo is the slow part).
const [sqlite] = await testDatabaseFactories();

describe("the demo wave's research export", () => {
  let api: TestApi;
  let campaignId: number;
  beforeAll(async () => {
    api = await createTestApi(sqlite as NonNullable<typeof sqlite>);
    await loadDemo(api.services);
    campaignId = (
      await api.handle.db
        .selectFrom("campaigns")
        .select("id")
        .where("status", "=", "open")
        .executeTakeFirstOrThrow()
    ).id;
  }, 120_000);
  afterAll(() => api.close());

  it("names no organisation, carries no code and no time, and no province × size class of fewer than 5", async () => {
    const researcher = await api.as({ email: "r@test.be", role: "researcher" });
    const result = await researcher.exports.campaign({ campaignId, format: "csv", locale: "nl" });
    expect(result.respondents).toBeGreaterThan(200);
    const text = Buffer.from(result.files[0]?.base64 as string, "base64")
      .toString("utf8")
      .replace(/^\uFEFF/, "");
    const organisations = await api.handle.db.selectFrom("organisations").select(["code", "name"]).execute();
    for (const o of organisations) {
      expect(text).not.toContain(o.name);
      expect(text).not.toMatch(new RegExp(`(^|[;,])${o.code}([;,]|$)`, "m"));
    }
    expect(text).not.toMatch(/\d{2}:\d{2}:\d{2}/);
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { header, rows } = parsed.value;
    const col = (name: string): number => header.indexOf(name);
    expect(col("organisation_code")).toBe(-1);
    expect(col("organisation_name")).toBe(-1);
    const cells = new Map<string, Set<string>>();
    for (const row of rows) {
      const [province, size] = [row[col("province")], row[col("size_class")]];
      if (!province && !size) continue;
      const key = `${province}|${size}`;
      cells.set(key, (cells.get(key) ?? new Set()).add(row[col("organisation_pseudonym")] as string));
    }
    expect(cells.size).toBeGreaterThan(0);
    for (const ids of cells.values()) expect(ids.size).toBeGreaterThanOrEqual(MIN_STRATUM_ORGANISATIONS);
  });
});
