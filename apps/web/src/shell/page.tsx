import type { ReactNode } from "react";
import { useLocale } from "../i18n/locale.js";
import { Link } from "../lib/router.js";
import { LanguageSwitch } from "./language-switch.js";
import { SystemStatus } from "./system-status.js";

/**
 * The frame around every page: skip link, header with the language switch (and the area's actions,
 * such as logging out), the main landmark and the status footer.
 */
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
