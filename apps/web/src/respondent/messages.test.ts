import { describe, expect, it } from "vitest";
import { respondentMessages } from "./messages.js";

describe("respondent messages", () => {
  it("has every key in Dutch and English, none empty, with the same placeholders", () => {
    const keys = Object.keys(respondentMessages.nl).sort();
    expect(Object.keys(respondentMessages.en).sort()).toEqual(keys);
    const placeholders = (text: string): string[] =>
      [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
    for (const key of keys as (keyof typeof respondentMessages.nl)[]) {
      expect(respondentMessages.nl[key].trim()).not.toBe("");
      expect(respondentMessages.en[key].trim()).not.toBe("");
      expect(placeholders(respondentMessages.en[key]), key).toEqual(placeholders(respondentMessages.nl[key]));
    }
  });
});
