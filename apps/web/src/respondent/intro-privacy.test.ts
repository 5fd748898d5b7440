import { disclosureRules } from "@maturo/report";
import { describe, expect, it } from "vitest";
import type { Locale } from "../i18n/messages.js";
import { introPrivacy } from "./intro-privacy.js";
import { respondentMessages } from "./messages.js";

function translator(locale: Locale) {
  return (key: keyof (typeof respondentMessages)["en"], values: Record<string, string | number> = {}) =>
    respondentMessages[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
}

describe("the intro's who-sees-what", () => {
  it("states the campaign's own thresholds: k = max(3, the framework's minimum group size) others besides a key user who answered", () => {
    for (const locale of ["nl", "en"] as const) {
      for (const [minGroupSize, minBenchmarkGroup] of [
        [1, 2],
        [3, 5],
        [4, 5],
        [7, 9],
      ] as const) {
        const rules = disclosureRules({ minGroupSize, minBenchmarkGroup });
        const [keyUser, benchmark] = introPrivacy(translator(locale), rules);
        const k = Math.max(3, minGroupSize) + 1;
        expect(rules.minGroupSize).toBe(k);
        // Every number the key user's line states is k, and it states it.
        expect(keyUser?.match(/\d+/g)).toEqual([String(k), String(k)]);
        expect(benchmark?.match(/\d+/g)).toEqual([String(Math.max(5, minBenchmarkGroup))]);
      }
    }
  });

  it("changes when k changes", () => {
    const t = translator("en");
    const three = introPrivacy(t, disclosureRules({ minGroupSize: 3, minBenchmarkGroup: 5 }));
    const six = introPrivacy(t, disclosureRules({ minGroupSize: 6, minBenchmarkGroup: 5 }));
    expect(six[0]).not.toBe(three[0]);
    expect(six[0]).toContain("at least 7 people");
  });

  it("says researchers see answers pseudonymised, not anonymous, in both languages", () => {
    const rules = disclosureRules({ minGroupSize: 3, minBenchmarkGroup: 5 });
    expect(introPrivacy(translator("en"), rules).join(" ")).toContain("pseudonymised, not anonymous");
    expect(introPrivacy(translator("nl"), rules).join(" ")).toContain("gepseudonimiseerd, niet anoniem");
  });
});
