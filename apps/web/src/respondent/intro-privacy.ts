import { type DisclosureRules, MIN_BENCHMARK_FLOOR, MIN_GROUP_FLOOR } from "@maturo/report";
import type { respondentMessages } from "./messages.js";

type Key = keyof (typeof respondentMessages)["en"];
type Translate = (key: Key, values?: Record<string, string | number>) => string;

/**
 * The floors no framework can go below: what the intro states until (or unless) the campaign's own
 * rules are loaded — still true, since every campaign's thresholds are at least these.
 */
export const FLOOR_RULES: DisclosureRules = {
  minGroupSize: MIN_GROUP_FLOOR,
  minBenchmarkGroup: MIN_BENCHMARK_FLOOR,
};

/**
 * What the intro tells the respondent about who sees what, per role (docs/decisions.md,
 * "Pseudonymised research exports"), with the numbers of the campaign's own disclosure rules — the
 * thresholds the key user's figures are held to, never a number written into the text.
 */
export function introPrivacy(t: Translate, rules: DisclosureRules): string[] {
  return [
    t("introPrivacyKeyUser", { k: rules.minGroupSize }),
    t("introPrivacyBenchmark", { benchmark: rules.minBenchmarkGroup }),
    t("introPrivacyResearcher"),
    t("introPrivacyIdentified"),
    t("introPrivacyWithdraw"),
  ];
}
