/**
 * The locales the Maturo platform serves respondents in. Every plugin text needs each of them, or
 * the plugin declares which locale stands in for a missing one (`localeFallbacks`).
 */
export const PLATFORM_LOCALES = ["nl", "en"] as const;

/** English names for the platform locales, for messages to plugin authors. */
export const LOCALE_NAMES: Readonly<Record<string, string>> = { nl: "Dutch", en: "English" };

/** `Dutch ("nl")`, or just `"fr"` for a locale the platform has no name for. */
export function describeLocale(locale: string): string {
  const name = LOCALE_NAMES[locale];
  return name === undefined ? `"${locale}"` : `${name} ("${locale}")`;
}
