import type { ReactNode } from "react";
import { useLocale } from "./i18n/locale.js";
import { LanguageSwitch } from "./language-switch.js";
import { SystemStatus } from "./system-status.js";

export function App(): ReactNode {
  const { t } = useLocale();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <header className="site-header">
        <p className="brand">{t("appName")}</p>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        <h1>{t("tagline")}</h1>
        <SystemStatus />
      </main>
    </>
  );
}
