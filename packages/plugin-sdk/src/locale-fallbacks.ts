import { localizedTexts } from "./localized-texts.js";
import { describeLocale } from "./platform-locales.js";

/** Which locale stands in for a missing one, e.g. `{ "nl": "en" }`: Dutch respondents read English. */
export type LocaleFallbacks = Readonly<Record<string, string>>;

/**
 * Fill every text missing in a fallback locale with the text of the locale that stands in for it,
 * and add the fallback locale to `locales`, so respondents in every locale read a text rather than
 * an item id. Works on a copy; each fallback used becomes a warning, since respondents then read a
 * language other than their own.
 */
export function applyLocaleFallbacks(
  data: unknown,
  fallbacks: LocaleFallbacks,
): { readonly data: unknown; readonly warnings: string[] } {
  const entries = Object.entries(fallbacks);
  if (entries.length === 0 || typeof data !== "object" || data === null || Array.isArray(data)) {
    return { data, warnings: [] };
  }
  const copy = structuredClone(data) as Record<string, unknown>;
  const texts = localizedTexts(copy);
  const warnings: string[] = [];
  for (const [locale, from] of entries) {
    let filled = 0;
    for (const text of texts) {
      if (text.value[locale] === undefined && text.value[from] !== undefined) {
        (text.value as Record<string, unknown>)[locale] = text.value[from];
        filled++;
      }
    }
    if (Array.isArray(copy.locales) && !copy.locales.includes(locale) && copy.locales.includes(from)) {
      copy.locales = [...copy.locales, locale];
    }
    if (filled > 0) {
      warnings.push(
        `${filled} ${filled === 1 ? "text has" : "texts have"} no ${describeLocale(locale)} version; respondents in that language read the ${describeLocale(from)} text, as the plugin's "localeFallbacks" declares`,
      );
    }
  }
  return { data: copy, warnings };
}
