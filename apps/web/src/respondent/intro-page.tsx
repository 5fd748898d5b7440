import { FLOOR_RULES } from "@maturo/report";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useMessages } from "../i18n/locale.js";
import { useFormatter } from "../i18n/use-formatter.js";
import { matchPath, usePath } from "../lib/router.js";
import { useTRPC } from "../lib/trpc.js";
import { introPrivacy } from "./intro-privacy.js";
import { respondentMessages } from "./messages.js";
import type { OpenSurvey } from "./types.js";
import type { Progress } from "./visibility.js";

// About ten seconds a statement: the pace of the seed's respondents on a 6-point scale.
const SECONDS_PER_ITEM = 10;

interface IntroPageProps {
  survey: OpenSurvey;
  progress: Progress;
  dontKnowLabel: string;
  onStart(): void;
  children: ReactNode;
}

export function IntroPage({ survey, progress, dontKnowLabel, onStart, children }: IntroPageProps): ReactNode {
  const t = useMessages(respondentMessages);
  const f = useFormatter();
  const minutes = Math.max(1, Math.round((progress.total * SECONDS_PER_ITEM) / 60));
  const resuming = progress.answered > 0;
  const token = matchPath("/s/:token", usePath())?.token ?? "";
  const trpc = useTRPC();
  // The thresholds of this campaign's rules, so the text states the numbers the key user is held to;
  // until they arrive (or if they cannot), the floors every campaign's rules are at least.
  const rules = useQuery({ ...trpc.invitations.disclosure.queryOptions({ token }), enabled: token !== "" });
  return (
    <>
      <p className="rs-kicker">{t("forOrganisation", { organisation: survey.organisation.name })}</p>
      <h1 tabIndex={-1}>{survey.campaign.name}</h1>
      <p className="rs-lead">{t("introPurpose")}</p>

      <h2>{t("introTimeHeading")}</h2>
      <p>{t("introTime", { count: progress.total, sections: survey.sections.length, minutes })}</p>
      <p>{t("introScale", { dontKnow: dontKnowLabel })}</p>
      {survey.campaign.closesAt ? <p>{t("closesOn", { date: f.date(survey.campaign.closesAt) })}</p> : null}

      <h2>{t("introPrivacyHeading")}</h2>
      <ul className="rs-privacy" data-testid="privacy">
        {introPrivacy(t, rules.data ?? FLOOR_RULES).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>

      {resuming ? (
        <p className="rs-resume">
          {t("introProgress", { answered: progress.answered, total: progress.total })}
        </p>
      ) : null}
      <p>
        <button type="button" className="button rs-primary" onClick={onStart} data-testid="start">
          {resuming ? t("introContinue") : t("introStart")}
        </button>
      </p>
      {children}
    </>
  );
}
