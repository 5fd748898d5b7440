import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));

/** Every module `@maturo/exports/text` loads, with what each imports from outside the package. */
function moduleGraph(entry: string): { files: string[]; external: string[] } {
  const files: string[] = [];
  const external: string[] = [];
  const visit = (file: string): void => {
    if (files.includes(file)) return;
    files.push(file);
    const source = readFileSync(join(here, file), "utf8");
    for (const [, type, specifier = ""] of source.matchAll(
      /^(?:import|export)\s+(type\s+)?[^;]*?from\s+"([^"]+)"/gms,
    )) {
      if (type) continue;
      if (specifier.startsWith("./")) visit(specifier.slice(2).replace(/\.js$/, ".ts"));
      else external.push(specifier);
    }
  };
  visit(entry);
  return { files, external };
}

describe("@maturo/exports/text", () => {
  it("loads nothing but its own browser-safe modules (no Node built-ins, no zod, no model)", () => {
    const { files, external } = moduleGraph("text.ts");
    expect(files.sort()).toEqual([
      "csv.ts",
      "r-literals.ts",
      "spss-string.ts",
      "stata-strings.ts",
      "text.ts",
    ]);
    expect(external).toEqual([]);
    for (const file of files)
      expect(readFileSync(join(here, file), "utf8")).not.toMatch(/\bBuffer\b|\bprocess\./);
  });

  it("is a subpath export with its own types", async () => {
    const manifest = JSON.parse(readFileSync(join(here, "..", "package.json"), "utf8"));
    expect(manifest.exports["./text"]).toEqual({ types: "./dist/text.d.ts", default: "./dist/text.js" });
    const text = await import("./text.js");
    expect(Object.keys(text).sort()).toEqual([
      "DATA_CSV",
      "SPREADSHEET_CSV",
      "STATA_LABEL_CHARS",
      "csvField",
      "escapeFormula",
      "formatNumber",
      "needsFormulaEscape",
      "rComment",
      "rList",
      "rLogical",
      "rNumbers",
      "rString",
      "rStrings",
      "spreadsheetCsv",
      "spssString",
      "stataComment",
      "stataString",
      "toCsv",
      "truncateStataText",
    ]);
  });
});
