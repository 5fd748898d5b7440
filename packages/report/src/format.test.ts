import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createFormatter } from "./format.js";

const nl = createFormatter("nl");
const en = createFormatter("en");

describe("createFormatter", () => {
  it("writes scores with one decimal in the reader's convention and a true minus sign", () => {
    expect(nl.score(62.54)).toBe("62,5");
    expect(en.score(62.54)).toBe("62.5");
    expect(en.score(-3)).toBe("−3.0");
    expect(nl.number(1234.5, 2)).toBe("1.234,50");
  });

  it("writes a dash for a missing or non-finite value", () => {
    for (const f of [nl, en]) {
      expect(f.score(null)).toBe("—");
      expect(f.count(undefined)).toBe("—");
      expect(f.percentile(Number.NaN)).toBe("—");
      expect(f.date(null)).toBe("—");
    }
  });

  it("writes percentile ranks as ordinals, rounded", () => {
    expect(en.percentile(45.7)).toBe("46th");
    expect(en.percentile(1)).toBe("1st");
    expect(en.percentile(22)).toBe("22nd");
    expect(en.percentile(13)).toBe("13th");
    expect(nl.percentile(45.7)).toBe("46e");
  });

  it("writes days without shifting them across time zones", () => {
    expect(en.date("2026-03-01")).toBe("1 March 2026");
    expect(nl.date("2026-03-01")).toBe("1 maart 2026");
    expect(en.day("2026-03-01T23:30:00Z")).toBe("1 Mar 2026");
    expect(en.dateTime("not a date")).toBe("not a date");
  });

  it("percentages carry the reader's sign", () => {
    expect(nl.percent(50)).toBe("50,0 %");
    expect(en.percent(50)).toBe("50.0%");
  });

  it("never throws and never prints NaN for any number", () => {
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: 0, max: 4 }), (value, digits) => {
        for (const f of [nl, en]) {
          expect(f.number(value, digits)).not.toContain("NaN");
          expect(f.percentile(value)).not.toContain("NaN");
        }
      }),
    );
  });
});
