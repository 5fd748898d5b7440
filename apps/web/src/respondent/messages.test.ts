import { describe, expect, it } from "vitest";
import type { Messages } from "../i18n/messages.js";
import { respondentMessages } from "./messages.js";
import { ownResultMessages } from "./own-result-messages.js";

describe.each([
  ["respondent", respondentMessages],
  ["own result", ownResultMessages],
] as [string, Messages<string>][])("%s messages", (_, messages) => {
  it("has every key in Dutch and English, none empty, with the same placeholders", () => {
    const keys = Object.keys(messages.nl).sort();
    expect(Object.keys(messages.en).sort()).toEqual(keys);
    const placeholders = (text: string): string[] =>
      [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
    for (const key of keys) {
      expect(messages.nl[key]?.trim()).toBeTruthy();
      expect(messages.en[key]?.trim()).toBeTruthy();
      expect(placeholders(messages.en[key] ?? ""), key).toEqual(placeholders(messages.nl[key] ?? ""));
    }
  });
});
