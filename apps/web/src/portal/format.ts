import { useMemo } from "react";
import { useLocale } from "../i18n/locale.js";

export interface Format {
  /** A score or percentage with one decimal, in the reader's language ("62,5" / "62.5"); "—" for none. */
  score(value: number | null | undefined): string;
  /** A whole number. */
  count(value: number): string;
  /** A percentile rank as people say it: "43e" / "43rd"; "—" for none. */
  percentile(value: number | null | undefined): string;
  date(iso: string | null | undefined): string;
}

export function useFormat(): Format {
  const { locale } = useLocale();
  return useMemo(() => {
    const tag = locale === "nl" ? "nl-BE" : "en-GB";
    const one = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const whole = new Intl.NumberFormat(tag);
    const date = new Intl.DateTimeFormat(tag, { dateStyle: "long" });
    const ordinal = new Intl.PluralRules("en-GB", { type: "ordinal" });
    const suffix: Record<string, string> = { one: "st", two: "nd", few: "rd", other: "th" };
    return {
      // A true minus sign (−), not a hyphen, in front of a negative number.
      score: (value) => (value === null || value === undefined ? "—" : one.format(value).replace("-", "−")),
      count: (value) => whole.format(value),
      percentile: (value) => {
        if (value === null || value === undefined) return "—";
        const n = Math.round(value);
        return locale === "nl" ? `${n}e` : `${n}${suffix[ordinal.select(n)] ?? "th"}`;
      },
      date: (iso) => (iso ? date.format(new Date(iso)) : "—"),
    };
  }, [locale]);
}

/** Picks the reader's language from framework text such as `{ nl: "…", en: "…" }`. */
export function useLocalized(): (text: Readonly<Record<string, string>> | null | undefined) => string {
  const { locale } = useLocale();
  return (text) => (text ? (text[locale] ?? text.nl ?? Object.values(text)[0] ?? "") : "");
}
