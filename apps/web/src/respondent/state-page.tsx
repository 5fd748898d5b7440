import { FLOOR_RULES } from "@maturo/report";
import { type ReactNode, useRef } from "react";
import { useMessages } from "../i18n/locale.js";
import { useFormatter } from "../i18n/use-formatter.js";
import { useFocusOnShow } from "../shell/use-focus-on-show.js";
import { usePageTitle } from "../shell/use-page-title.js";
import { type RespondentMessageKey, respondentMessages } from "./messages.js";

export type LinkProblem =
  | "unknown"
  | "not-yet-open"
  | "closed"
  | "submitted"
  | "withdrawn"
  | "revoked"
  | "error"
  | "thanks";

const TEXTS: Record<LinkProblem, [RespondentMessageKey, RespondentMessageKey]> = {
  unknown: ["stateUnknownTitle", "stateUnknownBody"],
  "not-yet-open": ["stateNotYetOpenTitle", "stateNotYetOpenBody"],
  closed: ["stateClosedTitle", "stateClosedBody"],
  submitted: ["stateSubmittedTitle", "stateSubmittedBody"],
  withdrawn: ["stateWithdrawnTitle", "stateWithdrawnBody"],
  revoked: ["stateRevokedTitle", "stateRevokedBody"],
  error: ["stateErrorTitle", "stateErrorBody"],
  thanks: ["thanksTitle", "thanksBody"],
};

/** A page that explains why the questionnaire is not (or no longer) shown. */
export function StatePage({
  kind,
  campaign = "",
  opensAt = null,
  children = null,
  focus = false,
}: {
  kind: LinkProblem;
  campaign?: string;
  /** The day a campaign that has not started opens (ISO), said in the reader's language. */
  opensAt?: string | null;
  children?: ReactNode;
  /** Move focus to the heading: the page replaced the one the respondent was acting on. */
  focus?: boolean;
}): ReactNode {
  const t = useMessages(respondentMessages);
  const f = useFormatter();
  const [title, body] = TEXTS[kind];
  const opens = opensAt ? f.date(opensAt) : "";
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnShow(heading, focus);
  usePageTitle(t(title));
  return (
    <div className={`rs-state rs-state-${kind}`} data-testid={`state-${kind}`}>
      <h1 tabIndex={-1} ref={heading}>
        {t(title)}
      </h1>
      {/* The thanks page states the floor every campaign's threshold is at least (k others + the reader). */}
      <p>{t(body, { campaign, opens, k: FLOOR_RULES.minGroupSize })}</p>
      {kind === "thanks" ? <p>{t("thanksClose")}</p> : null}
      {kind === "unknown" || kind === "not-yet-open" || kind === "closed" || kind === "revoked" ? (
        <p>{t("contact")}</p>
      ) : null}
      {children}
    </div>
  );
}
