import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "./start.js";
import { type CapturedLogger, captureLogger } from "./test-fixtures/capture-logger.js";
import { startSqliteServer } from "./test-fixtures/sqlite-server.js";

describe("request log lines", () => {
  let server: RunningServer;
  let log: CapturedLogger;
  const token = randomBytes(32).toString("base64url");

  beforeAll(async () => {
    log = captureLogger();
    server = await startSqliteServer({}, { logger: log.logger });
  });
  afterAll(() => server.close());

  const requestLine = (path: string) => (entry: Record<string, unknown>) =>
    entry.message === "request" && entry.path === path;

  it("logs a respondent's personal link with method, status and duration, but not its token", async () => {
    const res = await fetch(`${server.url}/s/${token}?lang=en`);
    expect(res.status).toBe(200);
    const line = await log.next(requestLine("/s/[redacted]"));
    expect(line).not.toContain(token);
    expect(line).not.toContain("lang=en");
    expect(JSON.parse(line)).toMatchObject({ level: "info", method: "GET", status: 200 });
    expect(typeof JSON.parse(line).durationMs).toBe("number");
  });

  it("logs tRPC calls by procedure, without their input or the e-mail address in a login", async () => {
    const input = encodeURIComponent(JSON.stringify({ token }));
    await fetch(`${server.url}/trpc/survey.open?input=${input}`);
    const open = await log.next(
      (entry) => requestLine("/trpc")(entry) && String(entry.procedures) === "survey.open",
    );
    expect(open).not.toContain(token);
    expect(JSON.parse(open)).toMatchObject({ method: "GET", status: 404 });

    await fetch(`${server.url}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "someone@example.org", password: "not the password" }),
    });
    const login = await log.next(
      (entry) => requestLine("/trpc")(entry) && String(entry.procedures) === "auth.login",
    );
    expect(JSON.parse(login)).toMatchObject({ method: "POST", status: 401 });
    expect(log.lines.join("\n")).not.toContain("someone@example.org");
    expect(log.lines.join("\n")).not.toContain(token);
  });
});
