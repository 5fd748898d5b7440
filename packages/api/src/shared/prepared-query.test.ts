import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../test-fixtures/harness.js";
import { preparedQuery } from "./prepared-query.js";

describe.each(await testDatabaseFactories())("a query compiled once on $dialect", (factory) => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi(factory);
    for (const code of ["P-1", "P-2", "P-3"]) await api.organisation(code);
  });
  afterAll(() => api.close());

  // Parameters used in another order than given, next to constants kysely also passes as parameters.
  const byCodes = preparedQuery((db, last: string, first: string) =>
    db
      .selectFrom("organisations")
      .select("code")
      .where("code", ">=", first)
      .where("code", "<=", last)
      .where("code", "!=", "none")
      .orderBy("code")
      .limit(2),
  );

  it("runs with each call's values, as the query built afresh would", async () => {
    for (const [last, first] of [
      ["P-3", "P-1"],
      ["P-3", "P-2"],
      ["P-1", "P-1"],
      ["P-0", "P-1"],
    ] as const) {
      const fresh = await api.handle.db
        .selectFrom("organisations")
        .select("code")
        .where("code", ">=", first)
        .where("code", "<=", last)
        .where("code", "!=", "none")
        .orderBy("code")
        .limit(2)
        .execute();
      expect(await byCodes(api.handle.db, last, first)).toEqual(fresh);
    }
    expect((await byCodes(api.handle.db, "P-3", "P-1")).map((r) => r.code)).toEqual(["P-1", "P-2"]);
  });

  it("runs inside a transaction too", async () => {
    const rows = await api.handle.db.transaction().execute((trx) => byCodes(trx, "P-2", "P-2"));
    expect(rows).toEqual([{ code: "P-2" }]);
  });

  it("never reads what an open transaction has not committed", async () => {
    let read: Promise<{ code: string }[]> | undefined;
    const rolledBack = api.handle.db.transaction().execute(async (trx) => {
      await trx
        .insertInto("organisations")
        .values({
          code: "P-9",
          name: "Gemeente P-9",
          kind: "municipality",
          province: "Antwerpen",
          size_class: "10-20k",
          created_at: new Date().toISOString(),
        })
        .execute();
      read = byCodes(api.handle.db, "P-9", "P-9");
      await new Promise((resolve) => setImmediate(resolve));
      throw new Error("roll back");
    });
    await expect(rolledBack).rejects.toThrow("roll back");
    expect(await read).toEqual([]);
  });

  it("refuses a query that does not pass a parameter on as a value", async () => {
    const unused = preparedQuery((db, _code: string) => db.selectFrom("organisations").select("code"));
    await expect(unused(api.handle.db, "P-1")).rejects.toThrow(/every parameter/);
  });
});
