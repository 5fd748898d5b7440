import type { ReactNode } from "react";
import { useLocale } from "../i18n/locale.js";

/** What a page shows while its code or data is on its way, announced to screen readers. */
export function Loading(): ReactNode {
  const { t } = useLocale();
  return (
    <p role="status" className="loading">
      {t("loading")}
    </p>
  );
}
