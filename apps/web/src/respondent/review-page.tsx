import { type ReactNode, useState } from "react";
import { useMessages } from "../i18n/locale.js";
import { respondentMessages } from "./messages.js";
import { ProgressBar } from "./progress-bar.js";
import type { Item, Section } from "./types.js";
import type { Progress } from "./visibility.js";

interface ReviewPageProps {
  /** Per section, its shown items that have no answer yet. */
  open: { section: Section; index: number; items: Item[] }[];
  progress: Progress;
  onGoTo(sectionIndex: number, itemId: string | null): void;
  onSubmit(): Promise<string | null>;
  children: ReactNode;
}

export function ReviewPage({ open, progress, onGoTo, onSubmit, children }: ReviewPageProps): ReactNode {
  const t = useMessages(respondentMessages);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    const error = await onSubmit();
    // On success this page is gone; on failure say why and let the respondent try again.
    if (error !== null) {
      setProblem(error);
      setBusy(false);
    }
  };
  return (
    <>
      <h1 tabIndex={-1}>{t("reviewTitle")}</h1>
      <ProgressBar progress={progress} />
      {progress.answered === progress.total ? (
        <p>{t("reviewAllAnswered", { total: progress.total })}</p>
      ) : (
        <>
          <p>{t("reviewSomeOpen", { answered: progress.answered, total: progress.total })}</p>
          {open.map(({ section, index, items }) => (
            <section
              key={`${section.plugin}/${section.id}`}
              className="rs-open"
              aria-labelledby={`open-${index}`}
            >
              <h2 id={`open-${index}`}>
                {t("reviewSectionOpen", { section: section.title, count: items.length })}
              </h2>
              <ul>
                {items.map((item) => (
                  <li key={item.id}>
                    <button type="button" className="rs-link" onClick={() => onGoTo(index, item.id)}>
                      <span className="visually-hidden">{t("reviewGoTo")}: </span>
                      {item.text}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}

      <h2>{t("reviewSubmitHeading")}</h2>
      <p>{t("reviewSubmitText")}</p>
      {progress.answered === 0 ? <p>{t("reviewNothingYet")}</p> : null}
      {problem ? (
        <p className="error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="rs-pager">
        <button type="button" className="button secondary" onClick={() => onGoTo(-1, null)}>
          {t("backToQuestions")}
        </button>
        <button
          type="button"
          className="button rs-primary"
          // aria-disabled while busy keeps the focus on the button for keyboard users.
          disabled={progress.answered === 0}
          aria-disabled={busy}
          onClick={() => void submit()}
          data-testid="submit"
        >
          {busy ? t("submitting") : t("submit")}
        </button>
      </div>
      {children}
    </>
  );
}
