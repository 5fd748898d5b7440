import { describe, expect, it } from "vitest";
import { parseCsv } from "./parse-csv.js";

describe("parseCsv", () => {
  it("reads quoted fields, doubled quotes, CRLF, a BOM and skips blank lines", () => {
    const parsed = parseCsv('\uFEFFcode,name\r\n1,"Gent, stad"\r\n\r\n2,"say ""hi"""\n');
    expect(parsed).toEqual({
      ok: true,
      value: {
        header: ["code", "name"],
        rows: [
          ["1", "Gent, stad"],
          ["2", 'say "hi"'],
        ],
        lines: [2, 4],
        delimiter: ",",
      },
    });
  });

  it("names the line of a row with the wrong number of fields", () => {
    const parsed = parseCsv("a,b\n1,2\n3\n");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.message).toBe("row 2 (line 3): 1 field where the header has 2");
  });

  it("refuses an empty file, a duplicated header and an unterminated quote", () => {
    expect(parseCsv("").ok).toBe(false);
    const dup = parseCsv("a,a\n1,2");
    expect(!dup.ok && dup.error.column).toBe("a");
    const open = parseCsv('a\n"unterminated\n');
    expect(!open.ok && open.error.message).toMatch(/row 1 \(line 2\): unterminated/);
  });

  it("reads what Belgian Excel saves: semicolons and decimal commas, so a population import no longer fails", () => {
    const parsed = parseCsv('\uFEFFcode;name;share\r\nG1;Gent, stad;3,5\r\nA2;"Aalst";"1,25"\r\n');
    expect(parsed).toEqual({
      ok: true,
      value: {
        header: ["code", "name", "share"],
        // An unquoted decimal comma is a number; a quoted "1,25" stays the text it was written as.
        rows: [
          ["G1", "Gent, stad", "3.5"],
          ["A2", "Aalst", "1,25"],
        ],
        lines: [2, 3],
        delimiter: ";",
      },
    });
  });

  it("detects a tab-separated file and keeps commas in its cells", () => {
    const parsed = parseCsv("a\tb\n1,5\tx,y\n");
    expect(parsed.ok && parsed.value.rows).toEqual([["1,5", "x,y"]]);
    expect(parsed.ok && parsed.value.delimiter).toBe("\t");
  });
});
