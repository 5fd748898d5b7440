import { type ReactNode, useId } from "react";
import { useMessages } from "../i18n/locale.js";
import { respondentMessages } from "./messages.js";
import type { Progress } from "./visibility.js";

export function ProgressBar({ progress }: { progress: Progress }): ReactNode {
  const t = useMessages(respondentMessages);
  const id = useId();
  return (
    <div className="rs-progress">
      <label htmlFor={id} className="visually-hidden">
        {t("progressLabel")}
      </label>
      <progress id={id} max={Math.max(progress.total, 1)} value={progress.answered} />
      <span>{t("progressText", { answered: progress.answered, total: progress.total })}</span>
    </div>
  );
}
