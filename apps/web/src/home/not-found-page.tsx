import type { ReactNode } from "react";
import { useMessages } from "../i18n/locale.js";
import { Link } from "../lib/router.js";
import { usePageTitle } from "../shell/use-page-title.js";
import { homeMessages } from "./messages.js";

/** What an unknown address shows: that it does not exist, and the way home. */
export function NotFoundPage(): ReactNode {
  const t = useMessages(homeMessages);
  usePageTitle(t("notFoundTitle"));
  return (
    <>
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <p>
        <Link to="/">{t("home")}</Link>
      </p>
    </>
  );
}
