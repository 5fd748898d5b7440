import { z } from "zod";
import { LocaleSchema, LocalizedTextSchema } from "./locale.js";

/** A dotted lower-case id such as `capability.efficiency` or `context.normative-citizens`. */
export const NodeIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/, 'expected a dotted lower-case id such as "legacy.users"');
export type NodeId = z.infer<typeof NodeIdSchema>;

/**
 * - `dimension`: scored as the mean of its category children (capability, legacy).
 * - `group`: only groups its children, never scored itself (context).
 * - `category`: scored from its items.
 */
export const NodeKindSchema = z.enum(["dimension", "group", "category"]);
export type NodeKind = z.infer<typeof NodeKindSchema>;

export const FrameworkNodeSchema = z.strictObject({
  id: NodeIdSchema,
  parent: NodeIdSchema.nullable(),
  kind: NodeKindSchema,
  label: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
});
export type FrameworkNode = z.infer<typeof FrameworkNodeSchema>;

export const LensTagSchema = z.strictObject({
  id: NodeIdSchema,
  label: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
});
export type LensTag = z.infer<typeof LensTagSchema>;

/** A second way of looking at the items (e.g. the OECD dimensions); items refer to its tags. */
export const LensSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  label: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  tags: z.array(LensTagSchema).min(1),
});
export type Lens = z.infer<typeof LensSchema>;

export const ThresholdSideSchema = z.enum(["below", "atOrAbove"]);
export type ThresholdSide = z.infer<typeof ThresholdSideSchema>;

export const ProfileSchema = z.strictObject({
  id: z.string().min(1),
  capability: ThresholdSideSchema,
  legacy: ThresholdSideSchema,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  recommendations: z.array(LocalizedTextSchema).min(1),
});
export type Profile = z.infer<typeof ProfileSchema>;

/** Parameters of the scoring rules (docs/architecture.md, "Scoring rules") that a framework may override. */
export const ScoringRulesSchema = z.strictObject({
  /** A category (or context node) is scored when at least this share of its applicable items is valid. */
  minValidItemShare: z.number().min(0).max(1),
  /** A dimension is scored when at least this share of its applicable categories is present. */
  minCategoryShare: z.number().min(0).max(1),
  /** `equal`: every respondent weighs the same; `balanced`: mean of the role-group means. */
  weighting: z.enum(["equal", "balanced"]),
  /** Minimum respondents per role group before a breakdown is shown. */
  minGroupSize: z.int().min(1),
  /** Minimum organisations in a benchmark group. */
  minBenchmarkGroup: z.int().min(1),
});
export type ScoringRules = z.infer<typeof ScoringRulesSchema>;

export const FrameworkSchema = z.strictObject({
  id: z.string().min(1),
  version: z.string().min(1),
  locales: z.array(LocaleSchema).min(1),
  title: LocalizedTextSchema,
  nodes: z.array(FrameworkNodeSchema).min(1),
  lenses: z.array(LensSchema),
  /** The two axes of the profile plot, by node id. */
  axes: z.strictObject({ capability: NodeIdSchema, legacy: NodeIdSchema }),
  /** Score (0–100) at or above which an organisation is on the high side of an axis. */
  thresholds: z.strictObject({ capability: z.number(), legacy: z.number() }),
  profiles: z.array(ProfileSchema).min(1),
  scoring: ScoringRulesSchema,
});
export type Framework = z.infer<typeof FrameworkSchema>;
