import { type ShownReport, say } from "@maturo/report";
import { type ReactNode, useId } from "react";
import { useLocale } from "../i18n/locale.js";
import { useLocalized } from "../i18n/localized.js";
import { useFormatter } from "../i18n/use-formatter.js";
import { DataTable } from "./data-table.js";
import { usePortalText } from "./portal-text.js";
import { numeric } from "./table-head.js";
import "./disagreement.css";

type Row = ShownReport["disagreement"]["rows"][number];

/** One group's % positive as a bar: management solid, staff hatched, so print in black and white reads. */
function GroupBar({ value, solid }: { value: number; solid: boolean }): ReactNode {
  const id = useId().replace(/:/g, "");
  return (
    <svg
      className="group-bar"
      viewBox="0 0 100 14"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <pattern
          id={`${id}-h`}
          width="4"
          height="4"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="4" height="4" fill="#dbe6f3" />
          <line x1="0" y1="0" x2="0" y2="4" stroke="#1b1f24" strokeWidth="1.2" />
        </pattern>
      </defs>
      <rect x="0" y="1" width="100" height="12" fill="#ffffff" stroke="#6b7785" />
      <rect
        x="0"
        y="1"
        width={value}
        height="12"
        fill={solid ? "#1f3a5f" : `url(#${id}-h)`}
        stroke="#1b1f24"
      />
    </svg>
  );
}

/**
 * The statements on which management and staff differ most: per statement both groups' % positive
 * as labelled bars (the text and the numbers are in the page, the bars only draw them), the same
 * numbers in a table, and a question to open the conversation for each.
 */
function DisagreementChart({ rows, label }: { rows: readonly Row[]; label: string }): ReactNode {
  const t = usePortalText();
  const f = useFormatter();
  const tr = useLocalized();
  return (
    <ul className="disagreement-chart" aria-label={label} data-testid="disagreement-chart">
      {rows.map((row) => (
        <li key={row.itemId}>
          <p className="statement">{tr(row.text)}</p>
          {(["management", "staff"] as const).map((group) => (
            <div className="group" key={group}>
              <span>{t(group)}</span>
              <GroupBar value={row[group].percentPositive} solid={group === "management"} />
              <span className="group-value">{f.percent(row[group].percentPositive)}</span>
            </div>
          ))}
        </li>
      ))}
    </ul>
  );
}

function signed(value: number, format: (v: number) => string): string {
  return `${value > 0 ? "+" : ""}${format(value)}`;
}

export function DisagreementSection({ report }: { report: ShownReport }): ReactNode {
  const t = usePortalText();
  const f = useFormatter();
  const tr = useLocalized();
  const { locale } = useLocale();
  const { disagreement } = report;
  const values = { threshold: disagreement.minDifference, min: report.rules.minGroupSize };
  return (
    <section id="disagreement" className="result-section" aria-labelledby="disagreement-h">
      <h2 id="disagreement-h">{t("disagreementTitle")}</h2>
      <p>{t("disagreementIntro", values)}</p>
      {disagreement.withheld ? (
        <p className="withheld" data-testid="disagreement-withheld">
          {say(disagreement.withheld, locale)}
        </p>
      ) : disagreement.rows.length === 0 ? (
        <p data-testid="disagreement-none">
          {t("disagreementNone", { ...values, compared: f.count(disagreement.compared) })}
        </p>
      ) : (
        <>
          <DisagreementChart rows={disagreement.rows} label={t("disagreementChart")} />
          <DataTable
            label={t("tableCaption", { title: t("disagreementTitle") })}
            testId="disagreement"
            columns={[
              t("statement"),
              numeric(t("management")),
              numeric(t("staff")),
              numeric(t("difference")),
            ]}
          >
            {disagreement.rows.map((row) => (
              <tr key={row.itemId}>
                <th scope="row" className="item-text">
                  {tr(row.text)}
                </th>
                <td className="num">
                  {f.score(row.management.percentPositive)} (n = {f.count(row.management.n)})
                </td>
                <td className="num">
                  {f.score(row.staff.percentPositive)} (n = {f.count(row.staff.n)})
                </td>
                <td className="num">{signed(row.difference, f.score)}</td>
              </tr>
            ))}
          </DataTable>
          <h3>{t("conversationStarters")}</h3>
          <ul className="conversation-starters" data-testid="conversation-starters">
            {disagreement.rows.map((row) => (
              <li key={row.itemId}>{tr(row.starter)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
