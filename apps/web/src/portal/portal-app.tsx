import { type ReactNode, useEffect, useRef } from "react";
import { useMessages } from "../i18n/locale.js";
import { Link, matchPath } from "../lib/router.js";
import type { Me } from "../lib/trpc.js";
import { HomePage } from "./home-page.js";
import { portalText } from "./messages.js";
import { ParticipationPage } from "./participation-page.js";
import { ResultsPage } from "./results-page.js";
import "./portal.css";

export type Organisation = Me["organisations"][number];

export function usePortalText(): ReturnType<typeof useMessages<keyof (typeof portalText)["nl"]>> {
  return useMessages(portalText);
}

/** The page's h1; it takes focus when the page changes so screen readers announce the new page. */
export function PageTitle({ children }: { children: ReactNode }): ReactNode {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}

/** The municipality portal of a key user: overview, participation and results of its campaigns. */
export function PortalApp({ me, path }: { me: Me; path: string }): ReactNode {
  const t = usePortalText();
  const organisation = me.organisations[0];
  if (!organisation)
    return (
      <>
        <PageTitle>{t("portal")}</PageTitle>
        <p role="alert">{t("noOrganisation")}</p>
      </>
    );
  const results = matchPath("/portal/campaigns/:id/results", path);
  const campaign = matchPath("/portal/campaigns/:id", path);
  let page: ReactNode;
  if (results) page = <ResultsPage key={path} organisation={organisation} campaignId={Number(results.id)} />;
  else if (campaign)
    page = <ParticipationPage key={path} organisation={organisation} campaignId={Number(campaign.id)} />;
  else page = <HomePage key={path} organisation={organisation} />;
  return (
    <div className="portal">
      {path !== "/portal" ? (
        <nav aria-label={t("navLabel")} className="portal-nav">
          <Link to="/portal">← {t("backHome")}</Link>
        </nav>
      ) : null}
      {page}
    </div>
  );
}
