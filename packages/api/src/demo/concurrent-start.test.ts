import { fileURLToPath } from "node:url";
import type { DatabaseHandle } from "@maturo/db";
import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContextInner, memoryCookieJar, type Services } from "../context.js";
import { appRouter } from "../root.js";
import { createServices } from "../shared/create-services.js";
import { createCallerFactory } from "../trpc.js";
import { DEMO_LOGINS, type DemoLoadResult, loadDemo } from "./load-demo.js";

const createCaller = createCallerFactory(appRouter);

// Two server instances starting together share a database only on PostgreSQL (SQLite is one
// process's file), so that is where their start-up can race.
const postgres = (await testDatabaseFactories()).filter((f) => f.dialect === "postgres");

describe.each(postgres)("two instances starting at once on an empty $dialect schema", (factory) => {
  let dispose: () => Promise<void>;
  let instances: { services: Services; database: DatabaseHandle }[];
  let loads: DemoLoadResult[];
  beforeAll(async () => {
    const target = await factory.create();
    dispose = target.dispose;
    const start = () =>
      createServices({
        databaseUrl: target.config.databaseUrl,
        version: "race",
        pluginsCwd: fileURLToPath(new URL("../..", import.meta.url)),
        demoAllowed: true,
      });
    instances = await Promise.all([start(), start()]);
    loads = await Promise.all(instances.map(({ services }) => loadDemo(services)));
  }, 180_000);
  afterAll(async () => {
    for (const { database } of instances ?? []) await database.close();
    await dispose?.();
  });

  it("migrates, shares one secret and loads the demo once, without a duplicate key", () => {
    expect(loads.map((l) => l.loaded).sort()).toEqual([false, true]);
    const [first, second] = instances;
    expect(first?.services.secret).toBe(second?.services.secret);
  });

  it("serves from both instances under a burst of requests", async () => {
    const admin = DEMO_LOGINS[0];
    const calls = instances.flatMap(({ services }, instance) =>
      Array.from({ length: 12 }, async (_, i) => {
        const caller = createCaller(
          createContextInner(services, {
            cookies: memoryCookieJar(),
            ip: `192.0.2.${instance * 100 + i}`,
            csrfHeader: null,
          }),
        );
        const status = await caller.system.status();
        const session = await caller.auth.login({ email: admin.email, password: admin.password });
        return { organisations: status.organisations, loggedIn: session.csrfToken.length > 0 };
      }),
    );
    const results = await Promise.all(calls);
    expect(results).toHaveLength(24);
    expect(results.every((r) => r.organisations === 300 && r.loggedIn)).toBe(true);
  }, 120_000);
});
