import type { ReactNode } from "react";
import { useLocale } from "./i18n/locale.js";
import { Link } from "./lib/router.js";
import { SystemStatus } from "./system-status.js";

export function HomePage(): ReactNode {
  const { t } = useLocale();
  return (
    <>
      <h1>{t("tagline")}</h1>
      <p>{t("homeIntro")}</p>
      <p>{t("homeRespondent")}</p>
      <p>
        <Link to="/login" className="button">
          {t("login")}
        </Link>
      </p>
      <SystemStatus />
    </>
  );
}

export function NotFoundPage(): ReactNode {
  const { t } = useLocale();
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
