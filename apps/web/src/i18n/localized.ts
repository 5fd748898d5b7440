import { localize } from "@maturo/report";
import { useLocale } from "./locale.js";
import type { Locale } from "./messages.js";

/** Framework or instrument text such as `{ nl: "…", en: "…" }` in the reader's language; else `fallback`. */
export function localized(text: unknown, locale: Locale, fallback: string): string {
  const value = text && typeof text === "object" ? localize(text as Record<string, string>, locale) : "";
  return value || fallback;
}

/** `localized` for the reader's current language, falling back to Dutch (the framework's first language). */
export function useLocalized(): (text: Readonly<Record<string, string>> | null | undefined) => string {
  const { locale } = useLocale();
  return (text) => (text ? localize(text, locale) : "");
}
