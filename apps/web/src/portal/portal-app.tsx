import type { ReactNode } from "react";
import { Link, matchPath } from "../lib/router.js";
import type { Me } from "../lib/trpc.js";
import { PageTitle } from "../shell/page-title.js";
import { HomePage } from "./home-page.js";
import type { Organisation } from "./organisation.js";
import { ParticipationPage } from "./participation-page.js";
import { usePortalText } from "./portal-text.js";
import { ResultsPage } from "./results-page.js";
import "./portal.css";

/** A key user who serves several organisations (a city and its OCMW, a partnership) picks one first. */
function ChooseOrganisation({ organisations }: { organisations: readonly Organisation[] }): ReactNode {
  const t = usePortalText();
  return (
    <>
      <PageTitle>{t("chooseOrganisation")}</PageTitle>
      <ul className="organisation-list">
        {organisations.map((o) => (
          <li key={o.id}>
            <Link to={`/portal/organisations/${o.id}`}>{o.name}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The municipality portal of a key user: overview, participation and results of its campaigns. */
export function PortalApp({ me, path }: { me: Me; path: string }): ReactNode {
  const t = usePortalText();
  const several = me.organisations.length > 1;
  const scoped = matchPath("/portal/organisations/:organisationId/*", path);
  const organisation = scoped
    ? me.organisations.find((o) => String(o.id) === scoped.organisationId)
    : several
      ? undefined
      : me.organisations[0];
  if (me.organisations.length === 0 || (scoped && !organisation))
    return (
      <>
        <PageTitle>{t("portal")}</PageTitle>
        <p role="alert">{t(me.organisations.length === 0 ? "noOrganisation" : "notYourOrganisation")}</p>
        {me.organisations.length > 0 ? <Link to="/portal">{t("backHome")}</Link> : null}
      </>
    );
  if (!organisation) return <ChooseOrganisation organisations={me.organisations} />;
  const home = several ? `/portal/organisations/${organisation.id}` : "/portal";
  const results = matchPath("/portal/organisations/:organisationId/campaigns/:id/results", path);
  const campaign = matchPath("/portal/organisations/:organisationId/campaigns/:id", path);
  let page: ReactNode;
  if (results) page = <ResultsPage key={path} organisation={organisation} campaignId={Number(results.id)} />;
  else if (campaign)
    page = <ParticipationPage key={path} organisation={organisation} campaignId={Number(campaign.id)} />;
  else page = <HomePage key={path} organisation={organisation} />;
  const atHome = path === home || path === "/portal";
  return (
    <div className="portal">
      {!atHome || several ? (
        <nav aria-label={t("navLabel")} className="portal-nav">
          {!atHome ? <Link to={home}>← {t("backHome")}</Link> : null}
          {several ? <Link to="/portal">{t("switchOrganisation")}</Link> : null}
        </nav>
      ) : null}
      {page}
    </div>
  );
}
