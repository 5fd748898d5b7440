/** k: the fewest *other* respondents any figure shown to a key user may rest on, whatever a framework says. */
export const MIN_GROUP_FLOOR = 3;
/** The fewest other organisations a benchmark may rest on, whatever a framework says. */
export const MIN_BENCHMARK_FLOOR = 5;
/**
 * Respondents whose answers the reader may know: a key user may be a respondent of their own
 * organisation (links are anonymous, so the server cannot tell), and knows their own answers.
 */
export const READER_OWN_ANSWERS = 1;

export interface DisclosureRules {
  /**
   * Respondents a figure needs (per node, item and role group), and the changes the time rule waits
   * for: k others besides a key user who may have answered, k + 1.
   */
  readonly minGroupSize: number;
  /** Other organisations a benchmark group needs. */
  readonly minBenchmarkGroup: number;
}

/**
 * The thresholds of the report, read from the framework's rules and never below the floors
 * (docs/decisions.md, "Disclosure control" and "The key user who answered"): k = max(3, minGroupSize)
 * others, so a figure needs k + 1 respondents; benchmarks ≥ 5 other organisations (the reader's own
 * organisation is never in its group, so nothing is added there).
 */
export function disclosureRules(rules: {
  readonly minGroupSize: number;
  readonly minBenchmarkGroup: number;
}): DisclosureRules {
  return {
    minGroupSize: Math.max(MIN_GROUP_FLOOR, rules.minGroupSize) + READER_OWN_ANSWERS,
    minBenchmarkGroup: Math.max(MIN_BENCHMARK_FLOOR, rules.minBenchmarkGroup),
  };
}

/** The thresholds every campaign is held to at least: what a text may state before a campaign's own rules are loaded. */
export const FLOOR_RULES: DisclosureRules = {
  minGroupSize: MIN_GROUP_FLOOR + READER_OWN_ANSWERS,
  minBenchmarkGroup: MIN_BENCHMARK_FLOOR,
};
