import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "./start.js";
import { startSqliteServer } from "./test-fixtures/sqlite-server.js";

/**
 * 80 failed logins, each for another account, sent through one trusted proxy that appends the
 * client's real address to X-Forwarded-For. Returns how many were refused as too many.
 */
async function throttledLogins(
  server: RunningServer,
  forwardedFor: (attempt: number) => string,
): Promise<number> {
  const statuses = await Promise.all(
    Array.from({ length: 80 }, async (_, attempt) => {
      const res = await fetch(`${server.url}/trpc/auth.login`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor(attempt) },
        body: JSON.stringify({ email: `nobody-${attempt}@example.org`, password: "wrong password" }),
      });
      return res.status;
    }),
  );
  expect(statuses.filter((status) => status !== 429 && status !== 401)).toEqual([]);
  return statuses.filter((status) => status === 429).length;
}

describe("TRUST_PROXY behind one proxy", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startSqliteServer({ trustProxy: 1 });
  });
  afterAll(() => server.close());

  it("throttles logins with a rotating fake left-most X-Forwarded-For like logins from one address", async () => {
    // The client claims another address each time; the proxy appends the one it saw (203.0.113.7).
    const spoofed = await throttledLogins(server, (attempt) => `10.9.${attempt}.1, 203.0.113.7`);
    const honest = await throttledLogins(server, () => "198.51.100.9");
    expect(honest).toBeGreaterThan(0);
    expect(spoofed).toBe(honest);
  }, 120_000);
});
