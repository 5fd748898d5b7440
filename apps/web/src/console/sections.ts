/** The pages of one wave, in the order of the console's navigation. */
export const WAVE_SECTIONS = ["rates", "items", "reliability", "regression", "exports"] as const;
export type WaveSection = (typeof WAVE_SECTIONS)[number];

/** The administration pages, in the order of the console's navigation. */
export const ADMIN_SECTIONS = ["organisations", "users", "requests", "retention", "audit"] as const;
export type AdminSection = (typeof ADMIN_SECTIONS)[number];
