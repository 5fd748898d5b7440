/** The seed's significance levels, strongest first. */
export const STAR_LEVELS: readonly { readonly below: number; readonly stars: string }[] = [
  { below: 0.001, stars: "***" },
  { below: 0.01, stars: "**" },
  { below: 0.05, stars: "*" },
  { below: 0.1, stars: "+" },
];

export const STAR_LEGEND = "+ p < .10, * p < .05, ** p < .01, *** p < .001";

/** `+ p<.10, * p<.05, ** p<.01, *** p<.001`; empty for larger or unknown p. */
export function significanceStars(p: number | null): string {
  if (p === null || Number.isNaN(p)) return "";
  for (const level of STAR_LEVELS) if (p < level.below) return level.stars;
  return "";
}
