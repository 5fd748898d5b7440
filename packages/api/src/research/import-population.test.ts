import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, createTestApi, type TestApi } from "../test-fixtures/harness.js";

describe.each(await testDatabaseFactories())("research.importPopulation on $dialect", (factory) => {
  let api: TestApi;
  let researcher: Caller;

  beforeAll(async () => {
    api = await createTestApi(factory);
    researcher = await api.as({ email: "researcher@test.be", role: "researcher" });
  });
  afterAll(() => api.close());

  it("reads what Belgian Excel saves: a BOM, semicolons and CRLF", async () => {
    const csv =
      '\uFEFFcode;name;province;size_class\r\nP-1;Proefgemeente;Limburg;small\r\nP-2;"Gent; stad";Oost-Vlaanderen;large\r\n';
    const report = await researcher.research.importPopulation({ csv, apply: true });
    expect(report).toMatchObject({ valid: 2, invalid: 0, applied: true, created: 2 });
    expect(report.rows.map((r) => [r.line, r.code])).toEqual([
      [2, "P-1"],
      [3, "P-2"],
    ]);
  });

  it("reads a tab-separated file and names the row and line of a short row", async () => {
    const tabs = await researcher.research.importPopulation({
      csv: "code\tname\nP-3\tTabdorp\n",
      apply: false,
    });
    expect(tabs).toMatchObject({ valid: 1, applied: false });
    await expect(
      researcher.research.importPopulation({ csv: "code;name\nP-4;Kortdorp\n\nP-5\n", apply: false }),
    ).rejects.toThrow("csv: row 2 (line 4): 1 field where the header has 2");
  });
});
