import type { Locale } from "./messages.js";

/** Framework or instrument text such as `{ nl: "…", en: "…" }` in the reader's language; else `fallback`. */
export function localized(text: unknown, locale: Locale, fallback: string): string {
  const value = text && typeof text === "object" ? (text as Record<string, unknown>)[locale] : undefined;
  return typeof value === "string" ? value : fallback;
}
