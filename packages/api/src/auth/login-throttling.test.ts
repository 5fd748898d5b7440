import { testDatabaseFactories } from "@maturo/vitest-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../errors.js";
import { createTestApi, TEST_PASSWORD, type TestApi } from "../test-fixtures/harness.js";
import { backoffDelaySeconds } from "./backoff.js";
import { LOGIN_ACCOUNT_RULE } from "./login.js";
import { takeAttempt } from "./rate-limit.js";

/** How a login attempt ended: the password was checked (right or wrong), or it was refused unchecked. */
async function outcome(attempt: Promise<unknown>): Promise<"ok" | "checked" | "throttled"> {
  try {
    await attempt;
    return "ok";
  } catch (error) {
    const code =
      (error as { cause?: unknown }).cause instanceof AppError
        ? (error as { cause: AppError }).cause.code
        : null;
    if (code === "auth.wrong-credentials") return "checked";
    if (code === "auth.too-many-logins") return "throttled";
    throw error;
  }
}

describe.each(await testDatabaseFactories())("login throttling on $dialect", (factory) => {
  let api: TestApi;
  let clock = new Date("2026-05-04T09:00:00Z");
  const lines: Record<string, unknown>[] = [];
  const owner = "owner@test.be";
  const attempt = (ip: string, password: string, email = owner) =>
    outcome(api.anonymous(ip).auth.login({ email, password }));
  beforeAll(async () => {
    api = await createTestApi(factory, { now: () => clock });
    api.services.logger = { warn: (message, fields) => lines.push({ message, ...fields }) };
    await api.as({ email: owner, role: "researcher" });
  });
  afterAll(() => api.close());
  const later = (seconds: number): void => {
    clock = new Date(clock.getTime() + seconds * 1000);
  };

  it("counts concurrent attempts atomically: 10 bursts of 40 check at most the allowed number of passwords", async () => {
    const outcomes: string[] = [];
    for (let burst = 0; burst < 10; burst++) {
      outcomes.push(
        ...(await Promise.all(Array.from({ length: 40 }, () => attempt("192.0.2.10", "wrong password")))),
      );
    }
    expect(outcomes.filter((o) => o === "checked")).toHaveLength(LOGIN_ACCOUNT_RULE.free);
    expect(outcomes.filter((o) => o === "throttled")).toHaveLength(400 - LOGIN_ACCOUNT_RULE.free);

    const allowed = await Promise.all(
      Array.from({ length: 40 }, () =>
        takeAttempt(api.handle.db, "burst", { limit: 10, windowSeconds: 60 }, clock),
      ),
    );
    expect(allowed.filter(Boolean)).toHaveLength(10);
    later(3600);
  });

  it("never keeps the owner out while an attack from elsewhere goes on", async () => {
    // An attacker tries a password every second for five minutes from one address…
    for (let second = 0; second < 300; second++) {
      await attempt("203.0.113.66", `guess ${second}`);
      later(1);
      // …and the owner, from their own address, is let in at once whenever they come.
      if (second % 60 === 30) expect(await attempt("198.51.100.7", TEST_PASSWORD)).toBe("ok");
    }
    later(3600);
  });

  it("makes the owner's own mistakes cost growing waits of at most a minute", async () => {
    const ip = "198.51.100.8";
    const waits: number[] = [];
    for (let i = 0; i < LOGIN_ACCOUNT_RULE.free; i++) expect(await attempt(ip, "typo typo")).toBe("checked");
    for (let round = 0; round < 5; round++) {
      const refused = await api
        .anonymous(ip)
        .auth.login({ email: owner, password: TEST_PASSWORD })
        .catch((e) => e);
      const cause = (refused as { cause?: AppError }).cause as AppError;
      expect(cause.code).toBe("auth.too-many-logins");
      const wait = Number(/(\d+) seconds/.exec(cause.messageIn("en"))?.[1]);
      expect(cause.messageIn("nl")).toContain(`${wait} seconden`);
      waits.push(wait);
      later(wait);
      expect(await attempt(ip, "typo again")).toBe("checked");
    }
    expect(waits).toEqual([15, 30, 60, 60, 60]);
    expect(Math.max(...waits)).toBe(backoffDelaySeconds(LOGIN_ACCOUNT_RULE, 100));
    later(60);
    expect(await attempt(ip, TEST_PASSWORD)).toBe("ok");
    // A success starts the count again.
    expect(await attempt(ip, "typo typo")).toBe("checked");
    later(3600);
  });

  it("logs failed logins without the password or the full address", async () => {
    lines.length = 0;
    await attempt("198.51.100.77", "secret guess 123", "someone@test.be");
    expect(lines).toEqual([
      {
        message: "login failed",
        account: expect.any(String),
        network: "198.51.100.0/24",
        reason: "wrong-credentials",
      },
    ]);
    const text = JSON.stringify(lines);
    expect(text).not.toContain("secret guess");
    expect(text).not.toContain("198.51.100.77");
    expect(text).not.toContain("someone@test.be");
  });
});
