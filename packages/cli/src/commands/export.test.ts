import { spawnSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli.js";
import type { CliIo } from "../io.js";
import { captureIo } from "../test-fixtures/capture-io.js";

function capture(cwd: string): CliIo & { out: string; err: string } {
  return captureIo(cwd);
}

describe("maturo export", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "maturo-cli-export-"));
    expect(await runCli(["seed", "demo", "--data-dir", "data"], capture(dir))).toBe(0);
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("writes the open demo wave as an R script with its CSV files, and the script runs", async () => {
    const io = capture(dir);
    expect(
      await runCli(["export", "--campaign", "2", "--format", "r", "--out", "out", "--data-dir", "data"], io),
    ).toBe(0);
    expect(io.out).toMatch(/exported 260 responses of campaign 2 \(sha256:/);
    expect((await readdir(join(dir, "out"))).sort()).toEqual([
      "maturo-campaign-2-codebook.csv",
      "maturo-campaign-2-provenance.csv",
      "maturo-campaign-2.R",
      "maturo-campaign-2.csv",
    ]);
    const data = await readFile(join(dir, "out", "maturo-campaign-2.csv"), "utf8");
    expect(data.split("\n")[0]).toMatch(/^respondent_id,organisation_pseudonym,/);
    expect(data).not.toMatch(/@|\/s\//);
    const r = spawnSync("Rscript", ["maturo-campaign-2.R"], { cwd: join(dir, "out"), encoding: "utf8" });
    if (!r.error) expect(r.status, r.stderr).toBe(0);
  });

  it("writes the open demo wave as a Stata do-file with its CSV files", async () => {
    const io = capture(dir);
    expect(
      await runCli(
        [
          "export",
          "--campaign",
          "2",
          "--format",
          "stata",
          "--out",
          "stata",
          "--locale",
          "nl",
          "--data-dir",
          "data",
        ],
        io,
      ),
    ).toBe(0);
    expect(io.out).toMatch(/exported 260 responses of campaign 2 \(sha256:/);
    expect((await readdir(join(dir, "stata"))).sort()).toEqual([
      "maturo-campaign-2-codebook.csv",
      "maturo-campaign-2-provenance.csv",
      "maturo-campaign-2.csv",
      "maturo-campaign-2.do",
    ]);
    const doFile = await readFile(join(dir, "stata", "maturo-campaign-2.do"), "utf8");
    expect(doFile).toContain('import delimited using "maturo-campaign-2.csv", clear');
    expect(doFile).toContain("mv(-9=.a \\ -8=.b \\ -7=.c)");
    expect(doFile).toContain('.c "Niet gevraagd"');
    const renames = [...doFile.matchAll(/^rename v\d+ (\S+)$/gm)].map((m) => m[1] as string);
    const header = (await readFile(join(dir, "stata", "maturo-campaign-2.csv"), "utf8")).split("\r\n")[0];
    expect(renames).toHaveLength(header?.split(",").length ?? 0);
    for (const name of renames) expect(name.length).toBeLessThanOrEqual(32);
  });

  it("names the problem: an unknown campaign, a bad format, a missing option", async () => {
    const unknown = capture(dir);
    expect(
      await runCli(
        ["export", "--campaign", "999", "--format", "csv", "--out", "x", "--data-dir", "data"],
        unknown,
      ),
    ).toBe(1);
    expect(unknown.err).toMatch(/campaign not found/);
    const format = capture(dir);
    expect(
      await runCli(
        ["export", "--campaign", "2", "--format", "sav", "--out", "x", "--data-dir", "data"],
        format,
      ),
    ).toBe(1);
    expect(format.err).toMatch(/--format: "sav" is not one of csv, spss, r, stata, xlsx/);
    const out = capture(dir);
    expect(await runCli(["export", "--campaign", "2", "--format", "csv", "--data-dir", "data"], out)).toBe(1);
    expect(out.err).toMatch(/--out DIR is required/);
  });
});
