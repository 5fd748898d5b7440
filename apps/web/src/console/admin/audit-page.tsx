import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useMessages } from "../../i18n/locale.js";
import type { Messages } from "../../i18n/messages.js";
import { useFormatter } from "../../i18n/use-formatter.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { Email } from "../email.js";
import { QueryTable } from "../query-table.js";
import { dateColumn } from "../sortable-table.js";
import { useWaves } from "../use-waves.js";

const text = {
  nl: {
    title: "Auditlog",
    at: "Tijdstip",
    user: "Gebruiker",
    action: "Actie",
    campaign: "Bevraging",
    detail: "Details",
    empty: "Nog niets gelogd.",
    "account.approve": "Accountaanvraag goedgekeurd",
    "account.create": "Gebruiker aangemaakt",
    "account.password-set": "Wachtwoord ingesteld",
    "account.identified-exports": "Geïdentificeerde exports toegestaan of ingetrokken",
    "campaign.close": "Bevraging gesloten",
    "membership.add": "Organisatie toegevoegd aan sleutelgebruiker",
    "membership.remove": "Organisatie weggenomen bij sleutelgebruiker",
    "organisation.update": "Organisatie gewijzigd",
    "report.pdf": "Rapport als PDF gedownload",
    "research.export": "Onderzoeksgegevens geëxporteerd",
    "research.view": "Onderzoeksresultaten bekeken",
  },
  en: {
    title: "Audit log",
    at: "Time",
    user: "User",
    action: "Action",
    campaign: "Wave",
    detail: "Details",
    empty: "Nothing logged yet.",
    "account.approve": "Account request approved",
    "account.create": "User created",
    "account.password-set": "Password set",
    "account.identified-exports": "Identified exports allowed or withdrawn",
    "campaign.close": "Wave closed",
    "membership.add": "Organisation added to a key user",
    "membership.remove": "Organisation removed from a key user",
    "organisation.update": "Organisation edited",
    "report.pdf": "Report downloaded as PDF",
    "research.export": "Research data exported",
    "research.view": "Research results viewed",
  },
} as const satisfies Messages<string>;

type Action = Exclude<
  keyof (typeof text)["en"],
  "title" | "at" | "user" | "action" | "campaign" | "detail" | "empty"
>;
const ACTIONS = new Set<string>(Object.keys(text.en).filter((key) => key.includes(".")));
const isAction = (code: string): code is Action => ACTIONS.has(code);

type Entry = RouterOutputs["admin"]["auditLog"][number];

/** The logged detail (a JSON object) as `key: value` pairs; anything else as it is. */
function readableDetail(detail: string | null): string {
  if (!detail) return "—";
  try {
    const parsed: unknown = JSON.parse(detail);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed))
      return Object.entries(parsed)
        .map(([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`)
        .join("; ");
  } catch {
    // Not JSON: shown as logged.
  }
  return detail;
}

/** Who did what when: readable actions (their code beside them), the wave by name, details wrapped. */
export function AuditPage(): ReactNode {
  const t = useMessages(text);
  const f = useFormatter();
  const trpc = useTRPC();
  const log = useQuery(trpc.admin.auditLog.queryOptions({ limit: 200 }));
  const waves = useWaves();
  const waveName = new Map(waves.data?.map((w) => [w.id, w.name]));
  const actionLabel = (code: string): string => (isAction(code) ? t(code) : code);
  const campaignLabel = (campaignId: number | null): string | null =>
    campaignId === null ? null : (waveName.get(campaignId) ?? `#${campaignId}`);
  return (
    <>
      <h1>{t("title")}</h1>
      <QueryTable
        query={log}
        caption={t("title")}
        testId="audit-log"
        empty={t("empty")}
        initialSort={{ key: "at", direction: "descending" }}
        columns={[
          dateColumn<Entry>("at", t("at"), (e) => e.at, f.dateTime),
          {
            key: "user",
            header: t("user"),
            value: (e) => e.email,
            render: (e) => <Email address={e.email} />,
          },
          {
            key: "action",
            header: t("action"),
            value: (e) => actionLabel(e.action),
            render: (e) => (
              <>
                {actionLabel(e.action)}
                {isAction(e.action) ? (
                  <>
                    <br />
                    <code className="hint">{e.action}</code>
                  </>
                ) : null}
              </>
            ),
          },
          {
            key: "campaign",
            header: t("campaign"),
            value: (e) => campaignLabel(e.campaignId),
            render: (e) =>
              e.campaignId === null ? (
                "—"
              ) : (
                <span className="wrap-anywhere" title={`#${e.campaignId}`}>
                  {campaignLabel(e.campaignId)}
                </span>
              ),
          },
          {
            key: "detail",
            header: t("detail"),
            value: (e) => readableDetail(e.detail),
            render: (e) => <span className="wrap-anywhere">{readableDetail(e.detail)}</span>,
          },
        ]}
      />
    </>
  );
}
