export { type BenchmarkDisclosure, discloseBenchmarks } from "./benchmark-groups.js";
export { type ItemCounts, itemWithheldReason } from "./item-figure.js";
export {
  discloseItemGroups,
  type ItemGroupDisclosure,
  type ItemGroupFigure,
  type ItemRoleTally,
} from "./item-groups.js";
export {
  discloseNode,
  type GapDisclosure,
  type GroupFigure,
  type NodeDisclosure,
  type Weighting,
} from "./node-figure.js";
export { reasonMessage } from "./reason-message.js";
export { DISCLOSURE_REASONS, type DisclosureReason } from "./reasons.js";
export { discloseReference, type ReferenceDisclosure } from "./reference-groups.js";
export { benchmarkRefreshDue, type RefreshDecision, refreshDecision } from "./refresh.js";
export {
  type DisclosureRules,
  disclosureRules,
  FLOOR_RULES,
  MIN_BENCHMARK_FLOOR,
  MIN_GROUP_FLOOR,
  READER_OWN_ANSWERS,
} from "./rules.js";
