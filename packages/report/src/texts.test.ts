import { describe, expect, it } from "vitest";
import { fill } from "./fill.js";
import { reportText } from "./texts.js";

describe("the report's texts", () => {
  it("has every text in Dutch and English, with the same placeholders", () => {
    const nl: Record<string, string> = reportText.nl;
    const en: Record<string, string> = reportText.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(nl)) {
      expect(en[key]?.trim(), key).not.toBe("");
      expect(placeholders(en[key] as string), key).toEqual(placeholders(nl[key] as string));
    }
  });

  it("fills placeholders and leaves an unknown one visible", () => {
    expect(fill(reportText.en["reason_too-few-respondents"], { min: 3 })).toBe(
      "Hidden: rests on fewer than 3 respondents.",
    );
    expect(fill("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });
});
