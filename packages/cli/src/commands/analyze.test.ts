import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli.js";
import type { CliIo } from "../io.js";
import { captureIo } from "../test-fixtures/capture-io.js";

const dir = mkdtempSync(join(tmpdir(), "maturo-analyze-"));

function capture(): CliIo & { out: string; err: string } {
  return captureIo(dir);
}

async function run(...argv: string[]) {
  const io = capture();
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

// A small seed-like data set: three capability scores on context scales, one row with a missing
// efficiency (dropped from that model only) and a quoted cell.
writeFileSync(
  join(dir, "survey.csv"),
  [
    "org,efficiency,innovation,balance,strategy,knowledge,coercive",
    '"Gent, stad",3.1,2.0,2.5,1,2,3',
    "Aalst,4.2,3.5,3.9,3,2,1",
    "Brugge,2.8,2.2,2.4,1,3,2",
    "Mol,5.0,4.1,4.4,4,4,2",
    "Lier,4.4,3.0,3.1,3,3,4",
    "Geel,3.9,3.3,3.6,2,3,3",
    "Hamme,2.5,1.9,2.2,1,1,2",
    "Lint,4.8,4.4,4.0,5,4,1",
    "Boom,3.3,2.6,3.0,2,2,3",
    "Ham,NA,3.8,3.5,3,2,2",
    "Tielt,2.9,2.1,2.3,1,2,4",
    "Zele,4.6,3.9,4.2,4,5,2",
  ].join("\n"),
);
writeFileSync(join(dir, "bad.csv"), "y,x\n1,2\n2,abc\n3,4\n4,5\n");
writeFileSync(join(dir, "tiny.csv"), "y,x\n1,2\n2,3\n");
writeFileSync(join(dir, "alias.csv"), "y,x,x2\n1,1,2\n3,2,4\n2,3,6\n5,4,8\n4,5,10\n");
writeFileSync(join(dir, "items.csv"), "a,b,c\n1,2,2\n2,2,3\n3,4,4\n4,4,5\n5,5,4\n2,,3\n");

describe("maturo analyze ols", () => {
  it("prints the seed-style table for several dependents side by side", async () => {
    const { code, out, err } = await run(
      "analyze",
      "ols",
      "--data",
      "survey.csv",
      "--dependent",
      "efficiency",
      "--dependent",
      "innovation",
      "--dependent",
      "balance",
      "--predictors",
      "strategy,knowledge,coercive",
      "--format",
      "markdown",
    );
    expect(err).toBe("");
    expect(code).toBe(0);
    const lines = out.split("\n");
    expect(lines[0]).toBe("|  | efficiency | innovation | balance |");
    expect(lines.find((l) => l.startsWith("| strategy |"))).toMatch(
      /^\| strategy \| -?\d\.\d{3}(\*{1,3}|\+)? \(\d\.\d{3}\) \|/,
    );
    for (const label of ["Constant", "R²", "Adjusted R²", "F", "N"]) {
      expect(lines.some((l) => l.startsWith(`| ${label} |`))).toBe(true);
    }
    expect(lines.find((l) => l.startsWith("| N |"))).toBe("| N | 11 | 12 | 12 |");
    expect(out).toContain("p < .001");
  });

  it("prints csv and latex tables, and standardised betas on request", async () => {
    const csv = await run(
      "analyze",
      "ols",
      "--data",
      "survey.csv",
      "--dependent",
      "efficiency",
      "--predictors",
      "strategy,coercive",
      "--format",
      "csv",
    );
    expect(csv.out.split("\r\n")[0]).toBe(",efficiency");
    const tex = await run(
      "analyze",
      "ols",
      "--data",
      "survey.csv",
      "--dependent",
      "efficiency",
      "--predictors",
      "strategy",
      "--format",
      "latex",
      "--standardized",
    );
    expect(tex.out).toContain("\\begin{tabular}{lr}");
    expect(tex.out).toContain("Standardised coefficients");
  });

  it("prints the JSON shape of the analyze contract (docs/architecture.md, The maturo command), with robust errors on request", async () => {
    const { code, out } = await run(
      "analyze",
      "ols",
      "--data",
      "survey.csv",
      "--dependent",
      "balance",
      "--predictors",
      "strategy,knowledge",
      "--robust",
      "hc3",
      "--format",
      "json",
    );
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({
      n: 12,
      dependent: "balance",
      dfModel: 2,
      dfResidual: 9,
      aliased: [],
      exactFit: false,
    });
    expect(json.coefficients.map((c: { term: string }) => c.term)).toEqual([
      "(Intercept)",
      "strategy",
      "knowledge",
    ]);
    expect(json.coefficients[0]).toMatchObject({ beta: null, vif: null, aliased: false });
    for (const key of ["estimate", "stdError", "t", "p", "robustStdError", "robustT", "robustP"]) {
      expect(typeof json.coefficients[1][key]).toBe("number");
    }
    const two = JSON.parse(
      (
        await run(
          "analyze",
          "ols",
          "--data",
          "survey.csv",
          "--dependent",
          "balance,innovation",
          "--predictors",
          "strategy",
          "--format",
          "json",
        )
      ).out,
    );
    expect(two.models).toHaveLength(2);
  });

  it("fits a rank-deficient design as R does, with a warning and exit 0", async () => {
    const { code, out, err } = await run(
      "analyze",
      "ols",
      "--data",
      "alias.csv",
      "--dependent",
      "y",
      "--predictors",
      "x,x2",
      "--format",
      "json",
    );
    expect(code).toBe(0);
    expect(err).toContain("aliased term x2");
    const json = JSON.parse(out);
    expect(json.aliased).toEqual(["x2"]);
    expect(json.coefficients[2]).toMatchObject({ term: "x2", aliased: true, estimate: null, stdError: null });
  });

  it("errors name row and column, list unknown columns and exit 1", async () => {
    const bad = await run(
      "analyze",
      "ols",
      "--data",
      "bad.csv",
      "--dependent",
      "y",
      "--predictors",
      "x",
      "--format",
      "json",
    );
    expect(bad.code).toBe(1);
    expect(bad.out).toBe("");
    expect(bad.err).toBe('bad.csv: row 2 (line 3), column "x": "abc" is not a number\n');
    const unknown = await run(
      "analyze",
      "ols",
      "--data",
      "survey.csv",
      "--dependent",
      "nope",
      "--predictors",
      "strategy,gone",
      "--format",
      "json",
    );
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('unknown columns "nope", "gone"');
    const tiny = await run(
      "analyze",
      "ols",
      "--data",
      "tiny.csv",
      "--dependent",
      "y",
      "--predictors",
      "x",
      "--format",
      "json",
    );
    expect(tiny.code).toBe(1);
    expect(tiny.err).toContain("no residual degrees of freedom");
    const format = await run(
      "analyze",
      "ols",
      "--data",
      "tiny.csv",
      "--dependent",
      "y",
      "--predictors",
      "x",
      "--format",
      "xml",
    );
    expect(format.code).toBe(1);
  });
});

describe("maturo analyze alpha", () => {
  it("prints alpha with item statistics; listwise by default, pairwise on request", async () => {
    const listwise = await run(
      "analyze",
      "alpha",
      "--data",
      "items.csv",
      "--items",
      "a,b,c",
      "--format",
      "json",
    );
    expect(listwise.code).toBe(0);
    const json = JSON.parse(listwise.out);
    expect(json).toMatchObject({ n: 5, k: 3 });
    expect(json.alpha).toBeGreaterThan(0.8);
    expect(Object.keys(json.items[0])).toEqual([
      "item",
      "mean",
      "sd",
      "itemRestCorrelation",
      "alphaIfDeleted",
    ]);
    const pairwise = JSON.parse(
      (
        await run(
          "analyze",
          "alpha",
          "--data",
          "items.csv",
          "--items",
          "a,b,c",
          "--pairwise",
          "--format",
          "json",
        )
      ).out,
    );
    expect(pairwise.n).toBe(6);
    const reversed = JSON.parse(
      (
        await run(
          "analyze",
          "alpha",
          "--data",
          "items.csv",
          "--items",
          "a,b,c",
          "--reverse",
          "a",
          "--format",
          "json",
        )
      ).out,
    );
    expect(reversed.alpha).toBeLessThan(json.alpha);
  });

  it("reports unknown items and bad cells with exit 1", async () => {
    const unknown = await run(
      "analyze",
      "alpha",
      "--data",
      "items.csv",
      "--items",
      "a,z",
      "--format",
      "json",
    );
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('unknown column "z"');
    const bad = await run("analyze", "alpha", "--data", "bad.csv", "--items", "y,x", "--format", "json");
    expect(bad.err).toContain('row 2 (line 3), column "x"');
  });
});
