import type { ReportMessage } from "../localize.js";
import type { DisclosureReason } from "./reasons.js";
import type { DisclosureRules } from "./rules.js";

/** A withheld figure's reason as a report text in either language, with the threshold it names. */
export function reasonMessage(reason: DisclosureReason, rules: DisclosureRules): ReportMessage {
  return {
    key: `reason_${reason}`,
    values: { min: rules.minGroupSize, bench: rules.minBenchmarkGroup },
  };
}
