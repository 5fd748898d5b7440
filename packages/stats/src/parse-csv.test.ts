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
      },
    });
  });

  it("names the line of a row with the wrong number of fields", () => {
    const parsed = parseCsv("a,b\n1,2\n3\n");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.message).toBe("line 3: 1 fields where the header has 2");
  });

  it("refuses an empty file, a duplicated header and an unterminated quote", () => {
    expect(parseCsv("").ok).toBe(false);
    const dup = parseCsv("a,a\n1,2");
    expect(!dup.ok && dup.error.column).toBe("a");
    const open = parseCsv('a\n"unterminated\n');
    expect(!open.ok && open.error.message).toMatch(/line 2: unterminated/);
  });
});
