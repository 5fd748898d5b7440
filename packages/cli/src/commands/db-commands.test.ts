import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli.js";
import type { CliIo } from "../io.js";
import { captureIo } from "../test-fixtures/capture-io.js";

function capture(cwd: string): CliIo & { out: string; err: string } {
  return captureIo(cwd);
}

describe("maturo db migrate, seed demo and db backup", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "maturo-cli-db-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("migrates an empty data folder, then reports it up to date", async () => {
    const first = capture(dir);
    expect(await runCli(["db", "migrate", "--data-dir", "data", "--format", "json"], first)).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({
      database: "sqlite",
      applied: [
        "0001-organisations",
        "0002-core",
        "0003-respondent-proof",
        "0004-disclosure-snapshots",
        "0005-identified-exports",
        "0006-invitation-register",
        "0007-result-aggregates",
      ],
    });
    const second = capture(dir);
    expect(await runCli(["db", "migrate", "--data-dir", "data"], second)).toBe(0);
    expect(second.out).toMatch(/is up to date/);
  });

  it("loads the demo once, printing logins and respondent links, and refuses a second time", async () => {
    const io = capture(dir);
    expect(await runCli(["seed", "demo", "--data-dir", "data", "--format", "json", "--links", "3"], io)).toBe(
      0,
    );
    const result = JSON.parse(io.out) as {
      organisations: number;
      logins: { email: string }[];
      links: string[];
    };
    expect(result.organisations).toBe(300);
    expect(result.logins.map((l) => l.email)).toContain("keyuser@example.org");
    expect(result.links).toHaveLength(3);
    expect(result.links[0]).toMatch(/^http:\/\/localhost:\d+\/s\/[A-Za-z0-9_-]{43}$/);
    const again = capture(dir);
    expect(await runCli(["seed", "demo", "--data-dir", "data"], again)).toBe(1);
    expect(again.err).toMatch(/already holds data/);
  }, 180_000);

  it("backs up the database to a file while it is in use", async () => {
    const io = capture(dir);
    expect(await runCli(["db", "backup", "backup.sqlite", "--data-dir", "data"], io)).toBe(0);
    expect(io.out).toMatch(/backed up .*maturo\.sqlite to .*backup\.sqlite/);
    const missing = capture(dir);
    expect(await runCli(["db", "backup", "--data-dir", "data"], missing)).toBe(1);
    expect(missing.err).toMatch(/backup file is missing/);
  });
});
