import type { ReactNode } from "react";
import { useMessages } from "../i18n/locale.js";
import type { SaveStatus } from "./autosave.js";
import { type RespondentMessageKey, respondentMessages } from "./messages.js";

const TEXT: Record<SaveStatus, RespondentMessageKey> = {
  idle: "saveIdle",
  saving: "saveSaving",
  saved: "saveSaved",
  offline: "saveOffline",
  retrying: "saveRetrying",
  failed: "saveFailed",
};

/** The save state, announced politely by screen readers as it changes. */
export function SaveIndicator({ status }: { status: SaveStatus }): ReactNode {
  const t = useMessages(respondentMessages);
  return (
    <p className={`rs-save rs-save-${status}`} role="status" data-testid="save-status" data-status={status}>
      <span className="rs-save-dot" aria-hidden="true" />
      {t(TEXT[status])}
    </p>
  );
}
