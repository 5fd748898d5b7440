import { migrateToLatest, openDatabase } from "@maturo/db";
import { testDatabaseFactories } from "@maturo/vitest-config";
import { describe, expect, it } from "vitest";
import { createContextInner } from "../context.js";
import { appRouter } from "../root.js";
import { createCallerFactory } from "../trpc.js";

const createCaller = createCallerFactory(appRouter);

describe.each(await testDatabaseFactories())("system.status on $dialect", (factory) => {
  it("reports the version, the dialect and the organisations counted in the database", async () => {
    const target = await factory.create();
    const handle = openDatabase(target.config);
    try {
      await migrateToLatest(handle.db);
      const caller = createCaller(
        createContextInner({ db: handle.db, dialect: handle.dialect, version: "9.9.9" }),
      );
      expect(await caller.system.status()).toEqual({
        name: "Maturo",
        version: "9.9.9",
        database: factory.dialect,
        organisations: 0,
      });
      await handle.db
        .insertInto("organisations")
        .values({
          code: "11002",
          name: "Antwerpen",
          kind: "municipality",
          created_at: new Date().toISOString(),
        })
        .execute();
      expect((await caller.system.status()).organisations).toBe(1);
    } finally {
      await handle.close();
      await target.dispose();
    }
  });
});
