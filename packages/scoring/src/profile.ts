import type { CompiledInstrument, ThresholdSide } from "@maturo/model";

/** Where an organisation stands on capability × legacy. */
export interface ProfileResult {
  /** The framework profile id (A–D in the default framework). */
  readonly id: string;
  readonly capability: number;
  readonly legacy: number;
}

/** The framework's thresholds and profiles (a `CompiledInstrument` or a `ScoringPlan` fits as it is). */
export type ProfileRules = Pick<CompiledInstrument, "thresholds" | "profiles">;

function side(value: number, threshold: number): ThresholdSide {
  return value >= threshold ? "atOrAbove" : "below";
}

/**
 * The profile of an organisation from its capability and legacy means and the framework thresholds;
 * null when either mean is missing (or the framework has no profile for that quadrant).
 */
export function profileFor(
  rules: ProfileRules,
  capability: number | null,
  legacy: number | null,
): ProfileResult | null {
  if (capability === null || legacy === null || !Number.isFinite(capability) || !Number.isFinite(legacy)) {
    return null;
  }
  const c = side(capability, rules.thresholds.capability);
  const l = side(legacy, rules.thresholds.legacy);
  const profile = rules.profiles.find((p) => p.capability === c && p.legacy === l);
  return profile === undefined ? null : { id: profile.id, capability, legacy };
}
