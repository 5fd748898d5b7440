import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useLocale } from "../i18n/locale.js";
import { errorText } from "../lib/error-text.js";
import { useTRPC } from "../lib/trpc.js";
import { useFormat } from "./format.js";
import { usePortalText } from "./portal-text.js";
import { numeric, TableHead } from "./table-head.js";
import { TableScroll } from "./table-scroll.js";

const ROLE_KEYS = { director: "roleDirector", manager: "roleManager", staff: "roleStaff" } as const;

/** Counts per role — invited, started, submitted — refreshed every 10 seconds; never who answered what. */
export function ParticipationTable({
  campaignId,
  organisationId,
  live,
}: {
  campaignId: number;
  organisationId: number;
  live: boolean;
}): ReactNode {
  const t = usePortalText();
  const { locale } = useLocale();
  const f = useFormat();
  const trpc = useTRPC();
  const participation = useQuery({
    ...trpc.invitations.participation.queryOptions({ campaignId, organisationId }),
    refetchInterval: live ? 10_000 : false,
  });
  if (participation.isPending) return <p role="status">{t("loading")}</p>;
  if (participation.isError)
    return <p role="alert">{t("error", { message: errorText(participation.error, locale) })}</p>;
  const { roles, total } = participation.data;
  const rate = (row: { invited: number; submitted: number }): string =>
    row.invited === 0 ? "—" : `${f.score((row.submitted / row.invited) * 100)}%`;
  return (
    <TableScroll label={t("participation")}>
      <table className="data-table participation" data-testid={`participation-${campaignId}`}>
        <caption>{t("participation")}</caption>
        <TableHead
          columns={[
            t("role"),
            numeric(t("invited")),
            numeric(t("startedCount")),
            numeric(t("submitted")),
            numeric(t("responseRate")),
          ]}
        />
        <tbody>
          {roles.map((r) => (
            <tr key={r.role}>
              <th scope="row">{t(ROLE_KEYS[r.role])}</th>
              <td className="num">{f.count(r.invited)}</td>
              <td className="num">{f.count(r.started)}</td>
              <td className="num">{f.count(r.submitted)}</td>
              <td className="num">{rate(r)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("total")}</th>
            <td className="num">{f.count(total.invited)}</td>
            <td className="num">{f.count(total.started)}</td>
            <td className="num">{f.count(total.submitted)}</td>
            <td className="num">{rate(total)}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
