import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startVitest } from "vitest/node";
import { FAILURE_REPORT, FailureReporter, type ReportedFailure } from "./failure-report.js";

/** A test file whose second suite's beforeAll throws, with one failing and one passing test beside it. */
const FIXTURE = `
import { beforeAll, describe, expect, it } from "vitest";
describe("passes", () => {
  it("one", () => expect(1).toBe(1));
  it("wrong", () => expect(1).toBe(2));
});
describe("database", () => {
  beforeAll(() => { throw new Error("schema \\"t_gone\\" does not exist"); });
  it("never runs", () => expect(1).toBe(1));
});
`;

describe("FailureReporter", () => {
  let root: string;
  let failures: ReportedFailure[];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "maturo-failure-report-"));
    await writeFile(join(root, "fixture.test.ts"), FIXTURE);
    const vitest = await startVitest("test", [], {
      root,
      config: false,
      watch: false,
      include: ["fixture.test.ts"],
      reporters: [new FailureReporter()],
    });
    await vitest.close();
    process.exitCode = 0;
    failures = JSON.parse(await readFile(join(root, FAILURE_REPORT), "utf8")) as ReportedFailure[];
  }, 120_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it("names the suite whose hook failed, with its error (the JSON report keeps none)", () => {
    expect(failures).toContainEqual({
      file: "fixture.test.ts",
      where: "database",
      message: expect.stringMatching(/^Error: schema "t_gone" does not exist/),
    });
  });

  it("names a failed test with its assertion, and nothing that passed", () => {
    expect(failures).toContainEqual({
      file: "fixture.test.ts",
      where: "passes > wrong",
      message: expect.stringContaining("expected 1 to be 2"),
    });
    expect(failures.map((failure) => failure.where).sort()).toEqual(["database", "passes > wrong"]);
  });
});
