import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv.js";

describe("links CSV", () => {
  it("neutralises cells a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+32 1")).toBe("'+32 1");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("https://maturo.test/s/abc")).toBe("https://maturo.test/s/abc");
  });

  it("quotes commas, quotes and line breaks and ends rows with CRLF", () => {
    expect(toCsv(["role", "link"], [["staff", "a,b"]])).toBe('role,link\r\nstaff,"a,b"\r\n');
  });
});
