import { type ReactNode, Suspense } from "react";
import { NotFoundPage } from "../home/not-found-page.js";
import { matchPath, usePath } from "../lib/router.js";
import { mount } from "../mount.js";
import { Loading } from "../shell/loading.js";
import { Page } from "../shell/page.js";
import { RespondentApp } from "./respondent-app.js";

/**
 * The respondent page's own entry, built into one module that scripts/post-build.mjs inlines into
 * dist/s.html: a personal link (/s/:token) runs the questionnaire with no further request for code.
 * Another path under /s/ is not found; a path elsewhere, reached by a link, loads the whole app.
 */
function RespondentPage(): ReactNode {
  const path = usePath();
  const survey = matchPath("/s/:token", path);
  // The server sends this page for every path under /s/; elsewhere (reached by a link) the app's.
  if (!survey?.token && !path.startsWith("/s/")) {
    globalThis.location.reload();
    return null;
  }
  return (
    <Suspense fallback={<Loading />}>
      {survey?.token ? (
        <RespondentApp token={survey.token} />
      ) : (
        <Page>
          <NotFoundPage />
        </Page>
      )}
    </Suspense>
  );
}

mount(<RespondentPage />);
