import type { ReactNode } from "react";
import { useLocale } from "../i18n/locale.js";
import { ErrorMessage } from "./error-message.js";

/** Loading and error states of a query, with the server's message (never a stack); nothing once loaded. */
export function QueryState({ query }: { query: { isPending: boolean; error: unknown } }): ReactNode {
  const { t } = useLocale();
  if (query.error) return <ErrorMessage error={query.error} />;
  if (query.isPending) return <p role="status">{t("loading")}</p>;
  return null;
}
