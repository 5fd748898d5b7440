import { useMemo } from "react";
import { useLocale } from "../i18n/locale.js";

export interface Format {
  /** A score or percentage with one decimal, in the reader's language ("62,5" / "62.5"); "—" for none. */
  score(value: number | null | undefined): string;
  /** A whole number. */
  count(value: number): string;
  date(iso: string | null | undefined): string;
}

export function useFormat(): Format {
  const { locale } = useLocale();
  return useMemo(() => {
    const tag = locale === "nl" ? "nl-BE" : "en-GB";
    const one = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const whole = new Intl.NumberFormat(tag);
    const date = new Intl.DateTimeFormat(tag, { dateStyle: "long" });
    return {
      score: (value) => (value === null || value === undefined ? "—" : one.format(value)),
      count: (value) => whole.format(value),
      date: (iso) => (iso ? date.format(new Date(iso)) : "—"),
    };
  }, [locale]);
}

/** Picks the reader's language from framework text such as `{ nl: "…", en: "…" }`. */
export function useLocalized(): (text: Readonly<Record<string, string>> | null | undefined) => string {
  const { locale } = useLocale();
  return (text) => (text ? (text[locale] ?? text.nl ?? Object.values(text)[0] ?? "") : "");
}
