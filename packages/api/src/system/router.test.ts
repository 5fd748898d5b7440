import { testDatabaseFactories } from "@maturo/vitest-config";
import { describe, expect, it } from "vitest";
import { createTestApi } from "../test-fixtures/harness.js";

describe.each(await testDatabaseFactories())("system.status on $dialect", (factory) => {
  it("reports the version, the dialect and the organisations counted in the database", async () => {
    const api = await createTestApi(factory);
    try {
      const caller = api.anonymous();
      expect(await caller.system.status()).toEqual({
        name: "Maturo",
        version: "test",
        database: factory.dialect,
        organisations: 0,
      });
      await api.organisation("11002");
      expect((await caller.system.status()).organisations).toBe(1);
    } finally {
      await api.close();
    }
  });
});
