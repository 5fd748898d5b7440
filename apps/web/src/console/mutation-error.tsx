import type { ReactNode } from "react";
import { useLocale } from "../i18n/locale.js";
import { errorText } from "../lib/error-text.js";
import { useConsoleText } from "./use-console-text.js";

/** A failed request's message in the reader's language (never a stack). */
export function MutationError({ error }: { error: { message: string } | null }): ReactNode {
  const t = useConsoleText();
  const { locale } = useLocale();
  if (!error) return null;
  return (
    <p role="alert" className="error">
      {t("error", { message: errorText(error, locale) })}
    </p>
  );
}
