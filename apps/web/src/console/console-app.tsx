import { lazy, type ReactNode, Suspense, useEffect, useRef } from "react";
import { matchPath } from "../lib/router.js";
import type { Me } from "../lib/trpc.js";
import { NavLink } from "../shell/nav-link.js";
import "./console.css";
import { OverviewPage } from "./overview-page.js";
import { ADMIN_SECTIONS, WAVE_SECTIONS } from "./sections.js";
import { useConsoleText } from "./use-console-text.js";

const InstrumentsPage = lazy(() =>
  import("./instruments-page.js").then((m) => ({ default: m.InstrumentsPage })),
);
const CampaignsPage = lazy(() => import("./campaigns-page.js").then((m) => ({ default: m.CampaignsPage })));
const RatesPage = lazy(() => import("./rates-page.js").then((m) => ({ default: m.RatesPage })));
const ItemsPage = lazy(() => import("./items-page.js").then((m) => ({ default: m.ItemsPage })));
const ReliabilityPage = lazy(() =>
  import("./reliability-page.js").then((m) => ({ default: m.ReliabilityPage })),
);
const RegressionPage = lazy(() =>
  import("./regression-page.js").then((m) => ({ default: m.RegressionPage })),
);
const ExportsPage = lazy(() => import("./exports-page.js").then((m) => ({ default: m.ExportsPage })));
const AdminPage = lazy(() => import("./admin/admin-page.js").then((m) => ({ default: m.AdminPage })));

/** The researcher and admin console: instruments, campaigns, monitoring, analysis, exports, admin. */
export function ConsoleApp({ me, path }: { me: Me; path: string }): ReactNode {
  const t = useConsoleText();
  const wave = matchPath("/console/waves/:id/:section", path);
  const admin = matchPath("/console/admin/:section", path);
  const waveId = wave ? Number(wave.id) : null;
  const waveSection = WAVE_SECTIONS.find((s) => s === wave?.section) ?? null;
  const adminSection = ADMIN_SECTIONS.find((s) => s === admin?.section) ?? null;

  // Move focus to the new page's heading after navigation, so screen readers announce it.
  const contentRef = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = contentRef.current?.querySelector("h1");
    if (heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    }
  }, [path]);

  let content: ReactNode;
  if (path === "/console" || path === "/console/") content = <OverviewPage />;
  else if (path === "/console/instruments") content = <InstrumentsPage />;
  else if (path === "/console/campaigns") content = <CampaignsPage />;
  else if (waveId && Number.isInteger(waveId) && waveSection) {
    const props = { campaignId: waveId };
    content =
      waveSection === "rates" ? (
        <RatesPage {...props} />
      ) : waveSection === "items" ? (
        <ItemsPage {...props} />
      ) : waveSection === "reliability" ? (
        <ReliabilityPage {...props} />
      ) : waveSection === "regression" ? (
        <RegressionPage {...props} />
      ) : (
        <ExportsPage {...props} />
      );
  } else if (adminSection && me.role === "admin") content = <AdminPage section={adminSection} />;
  else content = <OverviewPage />;

  return (
    <div className="console">
      <nav aria-label={t("consoleNav")} className="console-nav">
        <ul>
          <NavLink to="/console" current={path === "/console"}>
            {t("overview")}
          </NavLink>
          <NavLink to="/console/instruments" current={path === "/console/instruments"}>
            {t("instruments")}
          </NavLink>
          <NavLink to="/console/campaigns" current={path === "/console/campaigns"}>
            {t("campaigns")}
          </NavLink>
        </ul>
        {waveId ? (
          <ul aria-label={t("campaign")}>
            {WAVE_SECTIONS.map((s) => (
              <NavLink key={s} to={`/console/waves/${waveId}/${s}`} current={waveSection === s}>
                {t(s)}
              </NavLink>
            ))}
          </ul>
        ) : null}
        {me.role === "admin" ? (
          <ul aria-label={t("admin")}>
            {ADMIN_SECTIONS.map((s) => (
              <NavLink key={s} to={`/console/admin/${s}`} current={adminSection === s}>
                {t(s)}
              </NavLink>
            ))}
          </ul>
        ) : null}
      </nav>
      <div className="console-content" ref={contentRef}>
        <Suspense fallback={<p role="status">{t("loading")}</p>}>{content}</Suspense>
      </div>
    </div>
  );
}
