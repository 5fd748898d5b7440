import { describe, expect, it } from "vitest";
import { portalText } from "./messages.js";

describe("portal messages", () => {
  it("has every text in Dutch and English, with the same placeholders", () => {
    const nl = portalText.nl as Record<string, string>;
    const en = portalText.en as Record<string, string>;
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(nl)) {
      expect(en[key]?.trim(), key).not.toBe("");
      expect(placeholders(en[key] as string), key).toEqual(placeholders(nl[key] as string));
    }
  });
});
