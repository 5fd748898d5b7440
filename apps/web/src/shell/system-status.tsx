import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useLocale } from "../i18n/locale.js";
import { useTRPC } from "../lib/trpc.js";

/** A quiet footer line with the running version and database (system.status); nothing while unknown. */
export function SystemStatus(): ReactNode {
  const trpc = useTRPC();
  const { t } = useLocale();
  const status = useQuery(trpc.system.status.queryOptions());
  if (!status.data) return null;
  return (
    <footer className="site-footer">
      <p data-testid="system-status">
        {t("appName")} {t("statusVersion")} {status.data.version} ·{" "}
        {status.data.database === "sqlite" ? "SQLite" : "PostgreSQL"}
      </p>
    </footer>
  );
}
