import {
  lazy,
  type ReactNode,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import { useLocale, useMessages } from "../i18n/locale.js";
import { useTRPCClient } from "../lib/trpc.js";
import { Page } from "../shell/page.js";
import { type AnswerResult, Autosave, type QueuedAnswer, storageKeyFor } from "./autosave.js";
import type { Conflict } from "./conflict-notice.js";
import { errorCode, isClientError } from "./errors.js";
import { IntroPage } from "./intro-page.js";
import { respondentMessages } from "./messages.js";
import { ReviewPage } from "./review-page.js";
import { SaveIndicator } from "./save-indicator.js";
import { SectionPage } from "./section-page.js";
import type { Answers, AnswerValue, OpenSurvey, Step } from "./types.js";
import { stepKey, useStep } from "./use-step.js";
import { itemIndex, newlyHidden, progressOf, visibleItems } from "./visibility.js";
import { WithdrawPanel } from "./withdraw-panel.js";

// Notices a save reply brings: loaded when first needed, so the questionnaire starts with less code.
const ConflictNotice = lazy(() =>
  import("./conflict-notice.js").then((m) => ({ default: m.ConflictNotice })),
);
const ResumeCodeNotice = lazy(() =>
  import("./resume-code-notice.js").then((m) => ({ default: m.ResumeCodeNotice })),
);

interface QuestionnaireProps {
  token: string;
  survey: OpenSurvey;
  onSubmitted(): void;
  onWithdrawn(): void;
  /** The link changed state on the server (closed, submitted or withdrawn elsewhere). */
  onLinkChanged(): void;
}

/** The server's answers with this device's unsent ones on top (they are newer by construction). */
function mergeAnswers(server: Answers, pending: readonly QueuedAnswer[]): Answers {
  const merged: Record<string, AnswerValue> = { ...server };
  for (const entry of pending) {
    if (entry.value === null) delete merged[entry.itemId];
    else merged[entry.itemId] = entry.value;
  }
  return merged;
}

export function Questionnaire({
  token,
  survey,
  onSubmitted,
  onWithdrawn,
  onLinkChanged,
}: QuestionnaireProps): ReactNode {
  const t = useMessages(respondentMessages);
  const client = useTRPCClient();
  const { locale } = useLocale();
  const localeRef = useRef(locale);
  localeRef.current = locale;
  const linkChanged = useRef(onLinkChanged);
  linkChanged.current = onLinkChanged;
  const [resumeCode, setResumeCode] = useState<string | null>(null);
  const [conflicts, setConflicts] = useState<readonly Conflict[]>([]);
  const replied = useRef<(conflicts: AnswerResult[]) => void>(() => {});

  const [autosave] = useState(
    () =>
      new Autosave({
        storageKey: storageKeyFor(token),
        send: (answers) => client.survey.save.mutate({ token, locale: localeRef.current, answers }),
        classify: (error) => (isClientError(error) ? "fatal" : "retry"),
        onFatal: () => linkChanged.current(),
        onReply: (reply) => {
          if (reply.resumeCode) setResumeCode(reply.resumeCode);
          if (reply.conflicts.length > 0) replied.current(reply.conflicts);
        },
      }),
  );
  useEffect(() => {
    autosave.start();
    return () => autosave.stop();
  }, [autosave]);
  const status = useSyncExternalStore(autosave.subscribe, autosave.getStatus);

  const [answers, setAnswers] = useState<Answers>(() => mergeAnswers(survey.answers, autosave.pending()));
  const answersRef = useRef(answers);
  const { sections } = survey;
  const byId = useMemo(() => itemIndex(sections), [sections]);

  const onAnswer = useCallback(
    (itemId: string, value: AnswerValue) => {
      const before = answersRef.current;
      const after: Record<string, AnswerValue> = { ...before, [itemId]: value };
      const hidden = newlyHidden(before, after, byId);
      for (const id of hidden) delete after[id];
      answersRef.current = after;
      setAnswers(after);
      autosave.set(itemId, value);
      for (const id of hidden) autosave.set(id, null);
    },
    [autosave, byId],
  );

  // An answer the server did not store: the stored value wins, so the page shows it and says so.
  replied.current = (results) => {
    void client.survey.open.query({ token, locale: localeRef.current }).then((stored) => {
      const after: Record<string, AnswerValue> = { ...answersRef.current };
      const waiting = new Set(autosave.pending().map((entry) => entry.itemId));
      for (const { itemId } of results) {
        if (waiting.has(itemId)) continue;
        const value = stored.answers[itemId];
        if (value === undefined) delete after[itemId];
        else after[itemId] = value;
      }
      answersRef.current = after;
      setAnswers(after);
      setConflicts(
        results.map((result) => ({
          question: byId.get(result.itemId)?.text ?? result.itemId,
          status: result.status === "not-asked" ? "not-asked" : "stale",
        })),
      );
    }, linkChanged.current);
  };

  const shown = useMemo(
    () => sections.map((section) => visibleItems(section, answers, byId)),
    [sections, answers, byId],
  );
  const progress = useMemo(() => progressOf(shown.flat(), answers), [shown, answers]);

  // Where focus goes after an in-app step change: the page heading, or a question from the review.
  const focusTarget = useRef<string | null>(null);
  const navigated = useRef(false);
  const [step, go] = useStep(sections.length, () => {
    navigated.current = true;
    focusTarget.current = null;
  });
  const goTo = useCallback(
    (next: Step, focus: string | null = null) => {
      navigated.current = true;
      focusTarget.current = focus;
      go(next);
    },
    [go],
  );
  const key = stepKey(step);
  useLayoutEffect(() => {
    if (!navigated.current || key === "") return;
    const target = focusTarget.current
      ? document.querySelector<HTMLElement>(
          `#q-${CSS.escape(focusTarget.current)} input:checked, #q-${CSS.escape(focusTarget.current)} input`,
        )
      : null;
    const heading = document.querySelector<HTMLElement>("#main h1");
    window.scrollTo(0, 0);
    (target ?? heading)?.focus();
    focusTarget.current = null;
  }, [key]);

  const current = step.kind === "section" ? sections[step.index] : undefined;
  useEffect(() => {
    const title = step.kind === "review" ? t("reviewTitle") : current ? current.title : survey.campaign.name;
    document.title = `${title} — Maturo`;
  }, [step.kind, current, survey.campaign.name, t]);

  const submit = async (): Promise<string | null> => {
    try {
      await autosave.flushNow();
      await client.survey.submit.mutate({ token });
    } catch (error) {
      if (globalThis.navigator?.onLine === false) return t("submitOffline");
      // Closed, withdrawn or answered on another device meanwhile: the link's page says which.
      if (["PRECONDITION_FAILED", "NOT_FOUND", "FORBIDDEN"].includes(errorCode(error) ?? "")) {
        onLinkChanged();
        return t("submitFailed");
      }
      return t("submitFailed");
    }
    autosave.clear();
    onSubmitted();
    return null;
  };

  const withdrawn = (): void => {
    autosave.clear();
    onWithdrawn();
  };

  const firstOpenSection = shown.findIndex((items) => items.some((item) => answers[item.id] === undefined));
  const dontKnowLabel =
    sections.flatMap((s) => s.items).find((item) => item.dontKnowLabel)?.dontKnowLabel ?? "?";

  let content: ReactNode;
  if (step.kind === "section" && current) {
    content = (
      <SectionPage
        section={current}
        index={step.index}
        count={sections.length}
        items={shown[step.index] ?? []}
        answers={answers}
        progress={progress}
        onAnswer={onAnswer}
        onPrevious={() =>
          goTo(step.index === 0 ? { kind: "intro" } : { kind: "section", index: step.index - 1 })
        }
        onNext={() =>
          goTo(
            step.index + 1 < sections.length
              ? { kind: "section", index: step.index + 1 }
              : { kind: "review" },
          )
        }
      />
    );
  } else if (step.kind === "review") {
    content = (
      <ReviewPage
        open={sections
          .map((section, index) => ({
            section,
            index,
            items: (shown[index] ?? []).filter((item) => answers[item.id] === undefined),
          }))
          .filter((entry) => entry.items.length > 0)}
        progress={progress}
        onGoTo={(index, itemId) =>
          goTo({ kind: "section", index: index < 0 ? sections.length - 1 : index }, itemId)
        }
        onSubmit={submit}
      >
        <WithdrawPanel token={token} onWithdrawn={withdrawn} />
      </ReviewPage>
    );
  } else {
    content = (
      <IntroPage
        survey={survey}
        progress={progress}
        dontKnowLabel={dontKnowLabel}
        onStart={() =>
          goTo(
            progress.answered === 0
              ? { kind: "section", index: 0 }
              : firstOpenSection >= 0
                ? { kind: "section", index: firstOpenSection }
                : { kind: "review" },
          )
        }
      >
        <WithdrawPanel token={token} onWithdrawn={withdrawn} />
      </IntroPage>
    );
  }

  return (
    <Page actions={<SaveIndicator status={status} />}>
      <div className="rs" data-step={key}>
        <Suspense fallback={null}>
          {resumeCode ? <ResumeCodeNotice code={resumeCode} onDismiss={() => setResumeCode(null)} /> : null}
          {conflicts.length > 0 ? (
            <ConflictNotice conflicts={conflicts} onDismiss={() => setConflicts([])} />
          ) : null}
        </Suspense>
        {content}
      </div>
    </Page>
  );
}
