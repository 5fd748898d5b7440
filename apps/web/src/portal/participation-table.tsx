import { ROLE_LABELS } from "@maturo/model/vocabulary";
import { useQuery } from "@tanstack/react-query";
import { Fragment, type ReactNode } from "react";
import { useLocale } from "../i18n/locale.js";
import { useFormatter } from "../i18n/use-formatter.js";
import { useTRPC } from "../lib/trpc.js";
import { QueryState } from "../ui/query-state.js";
import { DataTable } from "./data-table.js";
import type { CampaignRef } from "./organisation.js";
import { usePortalText } from "./portal-text.js";
import { numeric } from "./table-head.js";

interface Counts {
  invited: number;
  started: number;
  submitted: number;
}

/** Counts per role — invited, started, submitted — refreshed every 10 seconds; never who answered what. */
export function ParticipationTable({
  campaignId,
  organisationId,
  live,
}: CampaignRef & { live: boolean }): ReactNode {
  const t = usePortalText();
  const { locale } = useLocale();
  const f = useFormatter();
  const trpc = useTRPC();
  const participation = useQuery({
    ...trpc.invitations.participation.queryOptions({ campaignId, organisationId }),
    refetchInterval: live ? 10_000 : false,
  });
  if (!participation.data) return <QueryState query={participation} />;
  const { roles, total } = participation.data;
  const row = (label: string, counts: Counts): ReactNode => (
    <tr>
      <th scope="row">{label}</th>
      <td className="num">{f.count(counts.invited)}</td>
      <td className="num">{f.count(counts.started)}</td>
      <td className="num">{f.count(counts.submitted)}</td>
      <td className="num">
        {counts.invited === 0 ? "—" : `${f.score((counts.submitted / counts.invited) * 100)}%`}
      </td>
    </tr>
  );
  return (
    <DataTable
      label={t("participation")}
      className="data-table participation"
      testId={`participation-${campaignId}`}
      columns={[
        t("role"),
        numeric(t("invited")),
        numeric(t("startedCount")),
        numeric(t("submitted")),
        numeric(t("responseRate")),
      ]}
      foot={row(t("total"), total)}
    >
      {roles.map((r) => (
        <Fragment key={r.role}>{row(ROLE_LABELS[locale][r.role], r)}</Fragment>
      ))}
    </DataTable>
  );
}
