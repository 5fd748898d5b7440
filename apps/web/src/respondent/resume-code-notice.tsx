import type { ReactNode } from "react";
import { useMessages } from "../i18n/locale.js";
import { noticeMessages } from "./notice-messages.js";

/** The resume code, shown once after the first save, until the respondent says it is noted. */
export function ResumeCodeNotice({ code, onDismiss }: { code: string; onDismiss(): void }): ReactNode {
  const t = useMessages(noticeMessages);
  return (
    <section
      className="rs-notice"
      role="status"
      aria-labelledby="resume-code-heading"
      data-testid="resume-code"
    >
      <h2 id="resume-code-heading">{t("resumeCodeHeading", { code })}</h2>
      <p>{t("resumeCodeText")}</p>
      <button type="button" className="button secondary" onClick={onDismiss}>
        {t("resumeCodeDismiss")}
      </button>
    </section>
  );
}
