import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "./start.js";
import { startSqliteServer } from "./test-fixtures/sqlite-server.js";

const HSTS = "max-age=31536000; includeSubDomains";

describe("security headers", () => {
  let behindProxy: RunningServer;
  let direct: RunningServer;
  let httpsSite: RunningServer;
  beforeAll(async () => {
    [behindProxy, direct, httpsSite] = await Promise.all([
      startSqliteServer({ trustProxy: true }),
      startSqliteServer({ trustProxy: false }),
      startSqliteServer({ publicUrl: "https://maturo.example.org" }),
    ]);
  });
  afterAll(() => Promise.all([behindProxy.close(), direct.close(), httpsSite.close()]));

  const headersOf = async (server: RunningServer, headers: Record<string, string> = {}): Promise<Headers> =>
    (await fetch(`${server.url}/`, { headers })).headers;

  it("sends HSTS only when the site is served over HTTPS", async () => {
    expect((await headersOf(behindProxy)).get("strict-transport-security")).toBeNull();
    expect(
      (await headersOf(behindProxy, { "x-forwarded-proto": "https" })).get("strict-transport-security"),
    ).toBe(HSTS);
    // Without a trusted proxy the header is the client's claim and changes nothing.
    expect(
      (await headersOf(direct, { "x-forwarded-proto": "https" })).get("strict-transport-security"),
    ).toBeNull();
    expect((await headersOf(httpsSite)).get("strict-transport-security")).toBe(HSTS);
    const probe = await fetch(`${httpsSite.url}/healthz`);
    expect(probe.headers.get("strict-transport-security")).toBe(HSTS);
  });

  it("denies browser features the app does not use, on pages and API answers", async () => {
    for (const path of ["/", "/trpc/system.status"]) {
      const policy = (await fetch(`${direct.url}${path}`)).headers.get("permissions-policy") ?? "";
      for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"])
        expect(policy, `${path} ${feature}`).toContain(`${feature}=()`);
    }
  });
});
