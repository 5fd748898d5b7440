import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rComment, rList, rLogical, rNumbers, rString, rStrings } from "./r-literals.js";
import { requireTool } from "./test-fixtures/tools.js";

const run = promisify(execFile);
const rscript = requireTool("Rscript", "R (Rscript)", "r-base-core");

/**
 * Texts as the two former writers of R literals got them (the export's script: variable names,
 * labels, provenance; the console's table scripts: node ids, scale labels, file names), plus
 * control characters, quotes, backslashes and characters outside the Basic Multilingual Plane.
 */
const TEXT = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.string({
    unit: fc.constantFrom(
      "a",
      '"',
      "\\",
      "\n",
      "\r",
      "\t",
      "\u0001",
      "\u007f",
      "é",
      "\u201c",
      "😀",
      "'",
      "$",
    ),
  }),
  fc.constantFrom("Cronbach's alpha per scale (listwise)", "R²", "Adjusted R²", "maturo-campaign-7.csv"),
);

describe("R literals", () => {
  it("are plain ASCII with escapes", () => {
    expect(rString('Caf\u00e9 "x" \\ \n')).toBe('"Caf\\u00e9 \\"x\\" \\\\ \\n"');
    expect(rString("\u{1F600}")).toBe('"\\U{1f600}"');
    expect(rString("\t\r\u0001\u007f é")).toBe('"\\t\\r\\u0001\\u007f \\u00e9"');
    expect(rStrings([])).toBe("c()");
    expect(rStrings(["a", "R²"])).toBe('c("a", "R\\u00b2")');
    expect(rNumbers([4, 5])).toBe("c(4, 5)");
    expect(rLogical(true)).toBe("TRUE");
    expect(rList([])).toBe("list()");
    expect(rList(["a", "b"])).toBe("list(\n  a,\n  b\n)");
    expect(rComment("Café — 2024")).toBe("# Caf? ? 2024");
  });

  it("write only printable ASCII on one line (property)", () => {
    fc.assert(
      fc.property(TEXT, (text) => {
        expect(rString(text)).toMatch(/^"[\x20-\x7e]*"$/);
        expect(rComment(text)).toMatch(/^# [\x20-\x7e]*$/);
      }),
    );
  });

  it.skipIf(rscript === null)("read back exactly in R under the C locale (property sample)", async () => {
    const texts = fc.sample(TEXT, { numRuns: 300, seed: 12 }).filter((text) => !text.includes("\0"));
    const dir = await mkdtemp(join(tmpdir(), "maturo-r-literals-"));
    try {
      // R prints each literal's code points; the expectation is the text's own code points.
      const script = texts.map((text) => `cat(utf8ToInt(${rString(text)}), "\\n")`).join("\n");
      await writeFile(join(dir, "literals.R"), `${script}\n`);
      const { stdout } = await run(rscript as string, ["--vanilla", "literals.R"], {
        cwd: dir,
        env: { ...process.env, LANG: "C", LC_ALL: "C" },
      });
      const lines = stdout.split("\n").slice(0, texts.length);
      expect(lines).toEqual(
        texts.map((text) => `${[...text].map((char) => char.codePointAt(0)).join(" ")} `),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
