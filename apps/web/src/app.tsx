import { lazy, type ReactNode, Suspense } from "react";
import { matchPath, usePath } from "./lib/router.js";
import { Loading } from "./shell/loading.js";
import { Page } from "./shell/page.js";

// Each area is its own chunk: a respondent's phone loads only the questionnaire.
const RespondentApp = lazy(() =>
  import("./respondent/respondent-app.js").then((m) => ({ default: m.RespondentApp })),
);
const HomePage = lazy(() => import("./home/home-page.js").then((m) => ({ default: m.HomePage })));
const NotFoundPage = lazy(() =>
  import("./home/not-found-page.js").then((m) => ({ default: m.NotFoundPage })),
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

export function App(): ReactNode {
  return (
    <Suspense fallback={<Loading />}>
      <Routes />
    </Suspense>
  );
}
