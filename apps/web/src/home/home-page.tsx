import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { homePathFor } from "../auth/home-path.js";
import { useMessages } from "../i18n/locale.js";
import { Link } from "../lib/router.js";
import { useTRPC } from "../lib/trpc.js";
import { usePageTitle } from "../shell/use-page-title.js";
import { homeMessages } from "./messages.js";

/** Where to go next: the own area when logged in, else logging in or asking for an account. */
function NextStep(): ReactNode {
  const trpc = useTRPC();
  const t = useMessages(homeMessages);
  const me = useQuery(trpc.auth.me.queryOptions());
  if (me.isPending) return null;
  if (me.data) {
    const home = homePathFor(me.data.role);
    return (
      <p>
        <Link to={home} className="button">
          {home === "/portal" ? t("toPortal") : t("toConsole")}
        </Link>
      </p>
    );
  }
  return (
    <p className="actions">
      <Link to="/login" className="button">
        {t("login")}
      </Link>
      <Link to="/request-account" className="button secondary">
        {t("requestAccount")}
      </Link>
    </p>
  );
}

export function HomePage(): ReactNode {
  const t = useMessages(homeMessages);
  usePageTitle(t("homeTitle"));
  return (
    <>
      <h1>{t("tagline")}</h1>
      <p>{t("homeIntro")}</p>
      <h2>{t("homeForWhomHeading")}</h2>
      <ul>
        <li>{t("homeForKeyUsers")}</li>
        <li>{t("homeForRespondents")}</li>
        <li>{t("homeForResearchers")}</li>
      </ul>
      <NextStep />
    </>
  );
}
