import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useLocale } from "./i18n/locale.js";
import { useTRPC } from "./lib/trpc.js";

export function SystemStatus(): ReactNode {
  const trpc = useTRPC();
  const { t } = useLocale();
  const status = useQuery(trpc.system.status.queryOptions());
  return (
    <section aria-labelledby="status-heading" className="card">
      <h2 id="status-heading">{t("statusHeading")}</h2>
      {status.isPending ? <p role="status">{t("statusLoading")}</p> : null}
      {status.isError ? <p role="alert">{t("statusError")}</p> : null}
      {status.data ? (
        <dl data-testid="system-status">
          <dt>{t("statusVersion")}</dt>
          <dd>{status.data.version}</dd>
          <dt>{t("statusDatabase")}</dt>
          <dd>{status.data.database === "sqlite" ? "SQLite" : "PostgreSQL"}</dd>
          <dt>{t("statusOrganisations")}</dt>
          <dd>{status.data.organisations}</dd>
        </dl>
      ) : null}
    </section>
  );
}
