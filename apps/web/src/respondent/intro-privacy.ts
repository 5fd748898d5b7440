import type { DisclosureRules } from "@maturo/report";
import type { respondentMessages } from "./messages.js";

type Key = keyof (typeof respondentMessages)["en"];
type Translate = (key: Key, values?: Record<string, string | number>) => string;

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
