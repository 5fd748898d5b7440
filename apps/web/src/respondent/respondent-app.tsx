import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { lazy, type ReactNode, Suspense, useEffect, useState } from "react";
import { useLocale, useMessages } from "../i18n/locale.js";
import { useTRPC } from "../lib/trpc.js";
import { Page } from "../shell/page.js";
import { errorCode, isClientError } from "./errors.js";
import { respondentMessages } from "./messages.js";
import { Questionnaire } from "./questionnaire.js";
import { StatePage } from "./state-page.js";
import { WithdrawPanel } from "./withdraw-panel.js";
import "./respondent.css";

// Only a link opened on a second device needs it: loaded then, so it weighs nothing on the usual path.
const ElsewherePage = lazy(() => import("./elsewhere-page.js").then((m) => ({ default: m.ElsewherePage })));
// Shown only after submitting: its own chunk keeps the questionnaire's first load small.
const OwnResult = lazy(() => import("./own-result.js").then((m) => ({ default: m.OwnResult })));

/** The questionnaire behind a personal link, or the page that says why it cannot be answered. */
export function RespondentApp({ token }: { token: string }): ReactNode {
  const trpc = useTRPC();
  const { locale, explicit, setLocale } = useLocale();
  const t = useMessages(respondentMessages);
  // What happened in this visit: decides the page even before the server is asked again.
  const [outcome, setOutcome] = useState<"submitted" | "withdrawn" | null>(null);
  const survey = useQuery({
    ...trpc.survey.open.queryOptions({ token, locale }),
    // Switching language fetches the texts again; the page (and every answer) stays meanwhile.
    placeholderData: keepPreviousData,
    // Answers live in the page once loaded; refetching would only race with autosave.
    staleTime: Number.POSITIVE_INFINITY,
    retry: (count, error) => !isClientError(error) && count < 2,
  });

  // On a device where no language was chosen yet, the link continues in the language the respondent
  // last answered in (on another device), not the one this browser guesses.
  const savedLocale = survey.data?.savedLocale ?? null;
  useEffect(() => {
    if (!explicit && savedLocale && savedLocale !== locale) setLocale(savedLocale);
  }, [explicit, savedLocale, locale, setLocale]);

  const withdraw = <WithdrawPanel token={token} onWithdrawn={() => setOutcome("withdrawn")} />;
  const ownResult = (
    <Suspense fallback={<p className="loading">{t("loading")}</p>}>
      <OwnResult token={token} />
    </Suspense>
  );
  let content: ReactNode;
  if (outcome === "withdrawn") content = <StatePage kind="withdrawn" focus />;
  else if (outcome === "submitted")
    content = (
      <StatePage kind="thanks" focus>
        {ownResult}
        {withdraw}
      </StatePage>
    );
  else if (survey.isPending)
    content = (
      <p role="status" className="loading">
        {t("loading")}
      </p>
    );
  else if (survey.isError) {
    const code = errorCode(survey.error);
    content =
      code === "NOT_FOUND" || code === "BAD_REQUEST" ? (
        <StatePage kind="unknown" />
      ) : (
        <StatePage kind="error">
          <button type="button" className="button" onClick={() => void survey.refetch()}>
            {t("retry")}
          </button>
        </StatePage>
      );
  } else if (survey.data.state === "open" && survey.data.answersElsewhere) {
    content = (
      <Suspense fallback={<p className="loading">{t("loading")}</p>}>
        <ElsewherePage token={token} onResolved={() => void survey.refetch()} />
      </Suspense>
    );
  } else if (survey.data.state === "open") {
    return (
      <Questionnaire
        token={token}
        survey={survey.data}
        onSubmitted={() => setOutcome("submitted")}
        onWithdrawn={() => setOutcome("withdrawn")}
        onLinkChanged={() => void survey.refetch()}
      />
    );
  } else {
    content = (
      <StatePage
        kind={survey.data.state}
        campaign={survey.data.campaign.name}
        opensAt={survey.data.campaign.opensAt}
      >
        {survey.data.state === "submitted" ? (
          <>
            {ownResult}
            {withdraw}
          </>
        ) : null}
      </StatePage>
    );
  }
  return (
    <Page>
      <div className="rs">{content}</div>
    </Page>
  );
}
