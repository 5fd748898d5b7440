import type { ReactNode } from "react";
import { useMessages } from "../i18n/locale.js";
import { Link } from "../lib/router.js";
import { TitledPage } from "../shell/titled-page.js";
import { homeMessages } from "./messages.js";

/** What an unknown address shows: that it does not exist, and the way home. */
export function NotFoundPage(): ReactNode {
  const t = useMessages(homeMessages);
  return (
    <TitledPage title={t("notFoundTitle")} intro={t("notFoundBody")}>
      <p>
        <Link to="/">{t("home")}</Link>
      </p>
    </TitledPage>
  );
}
