import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AppRouter } from "@maturo/api";
import { testDatabaseFactories } from "@maturo/vitest-config";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "./logger.js";
import { type RunningServer, startServer } from "./start.js";
import { fakeWebRoot } from "./test-fixtures/sqlite-server.js";

describe.each(await testDatabaseFactories())("the server on $dialect", (factory) => {
  let server: RunningServer;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    const target = await factory.create();
    dispose = target.dispose;
    const dataDir = target.config.dataDir ?? (await mkdtemp(join(tmpdir(), "maturo-data-")));
    server = await startServer(
      { port: 0, host: "127.0.0.1", dataDir, databaseUrl: target.config.databaseUrl, trustProxy: false },
      silentLogger,
      { version: "1.2.3", webRoot: await fakeWebRoot() },
    );
  });
  afterAll(async () => {
    await server.close();
    await dispose();
  });

  it("answers /healthz with 200 once the database is migrated", async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", version: "1.2.3" });
  });

  it("answers /readyz with 200 while the database can store a save", async () => {
    const res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("serves system.status to a real tRPC client", async () => {
    const client = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${server.url}/trpc` })] });
    expect(await client.system.status.query()).toEqual({
      name: "Maturo",
      version: "1.2.3",
      database: factory.dialect,
      organisations: 0,
    });
  });

  it("serves the web app, with index.html for client-side routes and 404 for missing files", async () => {
    const page = await fetch(`${server.url}/survey/some-token`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    const asset = await fetch(`${server.url}/assets/app.js`);
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${server.url}/%2e%2e/%2e%2e/etc/passwd`)).status).not.toBe(500);
  });

  it("answers an unknown procedure with a 404 and no stack trace", async () => {
    const res = await fetch(`${server.url}/trpc/nope.nothing`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toMatch(/at .*\.js:\d+/);
  });
});
