import { describe, expect, it } from "vitest";
import { LOCALES, messages } from "./messages.js";

describe("messages", () => {
  it("has every key in every locale, none empty", () => {
    const keys = Object.keys(messages.nl).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(messages[locale]).sort()).toEqual(keys);
      for (const value of Object.values(messages[locale])) expect(value.trim()).not.toBe("");
    }
  });
});
