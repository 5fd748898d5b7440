import { createFormatter, type Formatter } from "@maturo/report/format";
import { useMemo } from "react";
import { useLocale } from "./locale.js";

/** The one number and date formatter (`@maturo/report/format`) in the reader's current language. */
export function useFormatter(): Formatter {
  const { locale } = useLocale();
  return useMemo(() => createFormatter(locale), [locale]);
}
