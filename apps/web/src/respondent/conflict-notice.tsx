import type { ReactNode } from "react";
import { useMessages } from "../i18n/locale.js";
import { noticeMessages } from "./notice-messages.js";

/** An answer the server did not store; the page shows the stored one instead. */
export interface Conflict {
  question: string;
  status: "stale" | "not-asked";
}

/** Says which answers were not saved and why, until the respondent has read it. */
export function ConflictNotice({
  conflicts,
  onDismiss,
}: {
  conflicts: readonly Conflict[];
  onDismiss(): void;
}): ReactNode {
  const t = useMessages(noticeMessages);
  return (
    <section className="rs-notice rs-conflict" role="alert" data-testid="conflict">
      <h2>{t("conflictTitle")}</h2>
      <ul>
        {conflicts.map((conflict) => (
          <li key={conflict.question}>
            {t(conflict.status === "stale" ? "conflictStale" : "conflictNotAsked", {
              question: conflict.question,
            })}
          </li>
        ))}
      </ul>
      <button type="button" className="button secondary" onClick={onDismiss}>
        {t("conflictDismiss")}
      </button>
    </section>
  );
}
