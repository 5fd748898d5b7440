import { lazy, type ReactNode, Suspense } from "react";
import { HomePage, NotFoundPage } from "./home-page.js";
import { useLocale } from "./i18n/locale.js";
import { LanguageSwitch } from "./language-switch.js";
import { Link, matchPath, usePath } from "./lib/router.js";
import { SystemStatus } from "./system-status.js";

// Each area is its own chunk: a respondent's phone loads only the questionnaire.
const RespondentApp = lazy(() =>
  import("./respondent/respondent-app.js").then((m) => ({ default: m.RespondentApp })),
);
const StaffApp = lazy(() => import("./staff-app.js").then((m) => ({ default: m.StaffApp })));

function Routes(): ReactNode {
  const path = usePath();
  const survey = matchPath("/s/:token", path);
  if (survey) return <RespondentApp token={survey.token as string} />;
  if (path === "/")
    return (
      <Page>
        <HomePage />
      </Page>
    );
  if (
    matchPath("/login", path) ||
    matchPath("/portal/*", path) ||
    matchPath("/console/*", path) ||
    matchPath("/request-account", path) ||
    matchPath("/forgot-password", path) ||
    matchPath("/reset-password", path)
  ) {
    return <StaffApp path={path} />;
  }
  return (
    <Page>
      <NotFoundPage />
    </Page>
  );
}

/** The shell of pages without an area of their own. */
export function Page({ children, actions = null }: { children: ReactNode; actions?: ReactNode }): ReactNode {
  const { t } = useLocale();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <header className="site-header">
        <p className="brand">
          <Link to="/">{t("appName")}</Link>
        </p>
        <div className="header-actions">
          <LanguageSwitch />
          {actions}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SystemStatus />
    </>
  );
}

export function App(): ReactNode {
  const { t } = useLocale();
  return (
    <Suspense
      fallback={
        <p role="status" className="loading">
          {t("loading")}
        </p>
      }
    >
      <Routes />
    </Suspense>
  );
}
