import type { LocalizedText } from "@maturo/model";
import type { InstrumentLens, ShownOverview } from "./input.js";

/** One tag of a lens (e.g. an OECD dimension): the mean % positive of the items carrying it. */
export interface LensRow {
  readonly tag: string;
  readonly label: LocalizedText;
  readonly percentPositive: number | null;
  readonly items: number;
}

/** Every tag of the instrument's lenses, in the lenses' order, with or without items. */
export function lensRows(overview: ShownOverview, lenses: readonly InstrumentLens[]): LensRow[] {
  return lenses.flatMap((lens) =>
    lens.tags.map((tag) => {
      const entry = overview.lens.find((l) => l.tag === tag.id);
      return {
        tag: tag.id,
        label: tag.label,
        percentPositive: entry?.percentPositive ?? null,
        items: entry?.items ?? 0,
      };
    }),
  );
}
