import type { LocalizedText } from "@maturo/model";
import { fill } from "./fill.js";
import type { InstrumentItem } from "./input.js";
import { reportText } from "./texts.js";

/**
 * How the report words a statement: as the questionnaire put it, by the instrument's positive
 * phrasing of a reverse-coded item, or, without one, as "Disagreed with: “…”".
 */
export type Phrasing = "as-written" | "positive-text" | "disagreed-with";

/** A statement in the words whose agreement its % positive counts. */
export interface PhrasedText {
  readonly text: LocalizedText;
  readonly phrasing: Phrasing;
}

/**
 * A statement phrased by its meaning (DESIGN §11): a reverse-coded item's % positive is the share
 * that disagreed with its negative wording, so the report never prints that wording bare next to it
 * — "100% — We depend on outdated applications" would read as the opposite of what was answered.
 */
export function phrasedByMeaning(
  item: Pick<InstrumentItem, "text" | "reverse" | "positiveText">,
): PhrasedText {
  if (!item.reverse) return { text: item.text, phrasing: "as-written" };
  if (item.positiveText) return { text: item.positiveText, phrasing: "positive-text" };
  const text = Object.fromEntries(
    Object.entries(item.text).map(([locale, written]) => [
      locale,
      fill(reportText[locale === "nl" ? "nl" : "en"].disagreedWith, { text: written }),
    ]),
  );
  return { text, phrasing: "disagreed-with" };
}
