import type { ReactNode } from "react";
import { useLocale } from "../i18n/locale.js";
import { errorText } from "../lib/error-text.js";

/** A failed request, said in the reader's language (never a stack); nothing without an error. */
export function ErrorMessage({ error }: { error: unknown }): ReactNode {
  const { locale } = useLocale();
  if (!error) return null;
  return (
    <p role="alert" className="error">
      {errorText(error, locale)}
    </p>
  );
}
