/** The fewest respondents any figure shown to a key user may rest on, whatever a framework says. */
export const MIN_GROUP_FLOOR = 3;
/** The fewest other organisations a benchmark may rest on, whatever a framework says. */
export const MIN_BENCHMARK_FLOOR = 5;

export interface DisclosureRules {
  /** k: respondents a figure needs (per node, item and role group). */
  readonly minGroupSize: number;
  /** Other organisations a benchmark group needs. */
  readonly minBenchmarkGroup: number;
}

/**
 * The thresholds of the report, read from the framework's rules and never below the floors of the
 * report's rules (docs/decisions.md, "Report model"): k = max(3, minGroupSize), benchmarks ≥ 5.
 */
export function disclosureRules(rules: {
  readonly minGroupSize: number;
  readonly minBenchmarkGroup: number;
}): DisclosureRules {
  return {
    minGroupSize: Math.max(MIN_GROUP_FLOOR, rules.minGroupSize),
    minBenchmarkGroup: Math.max(MIN_BENCHMARK_FLOOR, rules.minBenchmarkGroup),
  };
}
