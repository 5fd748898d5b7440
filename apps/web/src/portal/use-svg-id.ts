import { useId } from "react";

/** A unique id for SVG patterns, without the colons React's ids hold (they break `url(#…)` references). */
export function useSvgId(): string {
  return useId().replace(/:/g, "");
}
