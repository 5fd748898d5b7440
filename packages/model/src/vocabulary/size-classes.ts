/**
 * The size classes (inhabitants) the demo population and the seed use, smallest first. Other codes
 * (from an imported population) are kept as they are and sorted after these.
 */
export const SIZE_CLASSES = ["under-10k", "10k-25k", "25k-50k", "50k-plus"] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export const SIZE_CLASS_LABELS = {
  nl: {
    "under-10k": "< 10.000 inwoners",
    "10k-25k": "10.000–24.999 inwoners",
    "25k-50k": "25.000–49.999 inwoners",
    "50k-plus": "≥ 50.000 inwoners",
  },
  en: {
    "under-10k": "< 10,000 inhabitants",
    "10k-25k": "10,000–24,999 inhabitants",
    "25k-50k": "25,000–49,999 inhabitants",
    "50k-plus": "≥ 50,000 inhabitants",
  },
} as const satisfies Record<"nl" | "en", Record<SizeClass, string>>;

/** The size class of an organisation with this many inhabitants. */
export function sizeClassOf(inhabitants: number): SizeClass {
  if (inhabitants < 10_000) return "under-10k";
  if (inhabitants < 25_000) return "10k-25k";
  if (inhabitants < 50_000) return "25k-50k";
  return "50k-plus";
}

function rank(code: string | null | undefined): number {
  const index = (SIZE_CLASSES as readonly (string | null | undefined)[]).indexOf(code);
  return index >= 0 ? index : SIZE_CLASSES.length;
}

/** A size class code as a reader's label; an unknown code as it is, none as "—". */
export function sizeClassLabel(code: string | null | undefined, locale: "nl" | "en"): string {
  if (!code) return "—";
  return rank(code) < SIZE_CLASSES.length ? SIZE_CLASS_LABELS[locale][code as SizeClass] : code;
}

/** Orders size class codes by size; unknown codes after the known ones, alphabetically; none last. */
export function compareSizeClasses(a: string | null | undefined, b: string | null | undefined): number {
  const missing = Number(!a || a === "—") - Number(!b || b === "—");
  if (missing !== 0) return missing;
  return rank(a) - rank(b) || (a ?? "").localeCompare(b ?? "");
}
