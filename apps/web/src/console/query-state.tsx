import type { ReactNode } from "react";
import { MutationError } from "./mutation-error.js";
import { useConsoleText } from "./use-console-text.js";

/** Loading and error states of a query, with the server's message (never a stack). */
export function QueryState({
  query,
}: {
  query: { isPending: boolean; error: { message: string } | null };
}): ReactNode {
  const t = useConsoleText();
  if (query.error) return <MutationError error={query.error} />;
  if (query.isPending) return <p role="status">{t("loading")}</p>;
  return null;
}
