import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatProblem } from "./problem.js";
import { parseJson, validateInstrument } from "./validate-instrument.js";

const badDir = new URL("./test-fixtures/bad/", import.meta.url);
const expected: Record<string, string[]> = JSON.parse(
  readFileSync(new URL("./test-fixtures/bad-expected.json", import.meta.url), "utf8"),
);

function problemLines(text: string): string[] {
  const parsed = parseJson(text, "instrument.json");
  const problems = parsed.ok ? validateInstrument(parsed.data).problems : parsed.problems;
  return problems.map(formatProblem);
}

describe("the bad instrument corpus", () => {
  const files = readdirSync(badDir).filter((file) => file.endsWith(".json"));

  it("has at least 25 cases, each with expectations", () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(files.filter((file) => expected[file] === undefined)).toEqual([]);
  });

  it.each(files)("%s is rejected with the expected path: message lines", (file) => {
    const lines = problemLines(readFileSync(new URL(file, badDir), "utf8"));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^\S[^\n]*: \S/);
    for (const wanted of expected[file] ?? []) {
      expect(
        lines.some((line) => line.startsWith(wanted)),
        `${wanted}\n  not in\n${lines.join("\n")}`,
      ).toBe(true);
    }
  });

  it("accepts the good instrument", () => {
    const text = readFileSync(new URL("./test-fixtures/good/instrument.json", import.meta.url), "utf8");
    expect(problemLines(text)).toEqual([]);
  });
});

describe("validateInstrument on arbitrary input", () => {
  const inputs: unknown[] = [
    undefined,
    0,
    "x",
    [],
    { sections: "no" },
    { sections: [null, 1, { items: [null, { showIf: { item: 3 } }] }] },
    { scales: [{ points: -1, positive: ["a"], labels: { nl: 3 } }], locales: [1, null] },
    { locales: ["nl"], title: { nl: 1 }, sections: [{ items: [{ id: "a", showIf: { item: "a" } }] }] },
  ];
  it.each(inputs)("reports problems for %j without throwing", (input) => {
    const result = validateInstrument(input);
    expect(result.ok).toBe(false);
    expect(result.problems.length).toBeGreaterThan(0);
  });
});
