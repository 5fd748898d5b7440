import { createFormatter, type Formatter, localize } from "@maturo/report";
import { useMemo } from "react";
import { useLocale } from "../i18n/locale.js";

/** The one number and date formatting (the PDF uses the same), for the reader's language. */
export function useFormat(): Formatter {
  const { locale } = useLocale();
  return useMemo(() => createFormatter(locale), [locale]);
}

/** Picks the reader's language from framework text such as `{ nl: "…", en: "…" }`. */
export function useLocalized(): (text: Readonly<Record<string, string>> | null | undefined) => string {
  const { locale } = useLocale();
  return (text) => localize(text, locale);
}
