import {
  compareSizeClasses,
  isOrganisationKind,
  isRole,
  ORGANISATION_KIND_LABELS,
  ROLE_LABELS,
  sizeClassLabel,
} from "@maturo/model/vocabulary";
import { useQuery } from "@tanstack/react-query";
import { Fragment, type ReactNode } from "react";
import { useLocale, useMessages } from "../i18n/locale.js";
import type { Messages } from "../i18n/messages.js";
import { useFormatter } from "../i18n/use-formatter.js";
import { type RouterOutputs, useTRPC } from "../lib/trpc.js";
import { QueryState } from "../ui/query-state.js";
import { Provenance } from "./provenance.js";
import { dateColumn, numberColumn, SortableTable } from "./sortable-table.js";
import { useConsoleText } from "./use-console-text.js";
import { useWaves } from "./use-waves.js";
import { WaveHeading } from "./wave-heading.js";

const text = {
  nl: {
    title: "Respons: {name}",
    summary: "Samenvatting",
    invited: "Uitgenodigd",
    started: "Begonnen",
    submitted: "Ingediend",
    rate: "Responsgraad (%)",
    coverage: "Vertegenwoordigde organisaties",
    coverageValue: "{covered} van {population} ({pct}%)",
    responseValue: "{submitted} van {invited} uitgenodigden ({pct}%)",
    byRole: "Per rol",
    byProvince: "Per provincie",
    bySize: "Per grootteklasse",
    overTime: "Verloop in de tijd",
    day: "Dag",
    cumulative: "Cumulatief",
    group: "Groep",
    role: "Rol",
    province: "Provincie",
    size: "Grootteklasse",
    noInvitations: "Nog geen uitnodigingen.",
    nonResponding: "Organisaties zonder antwoord ({n})",
    nonRespondingIntro:
      "Organisaties uit de populatie van deze golf zonder ingediende antwoorden. Alleen organisaties: wie binnen een organisatie wel of niet antwoordde, toont de console nooit.",
    everyoneAnswered: "Elke organisatie van de populatie heeft geantwoord.",
    code: "Code",
    organisation: "Organisatie",
    kind: "Soort",
    invitations: "Uitnodigingen",
  },
  en: {
    title: "Response: {name}",
    summary: "Summary",
    invited: "Invited",
    started: "Started",
    submitted: "Submitted",
    rate: "Response rate (%)",
    coverage: "Organisations covered",
    coverageValue: "{covered} of {population} ({pct}%)",
    responseValue: "{submitted} of {invited} invited ({pct}%)",
    byRole: "By role",
    byProvince: "By province",
    bySize: "By size class",
    overTime: "Over time",
    day: "Day",
    cumulative: "Cumulative",
    group: "Group",
    role: "Role",
    province: "Province",
    size: "Size class",
    noInvitations: "No invitations yet.",
    nonResponding: "Organisations that have not answered ({n})",
    nonRespondingIntro:
      "Organisations of this wave's population without submitted answers. Organisations only: the console never shows who inside an organisation has or has not answered.",
    everyoneAnswered: "Every organisation of the population has answered.",
    code: "Code",
    organisation: "Organisation",
    kind: "Kind",
    invitations: "Invitations",
  },
} as const satisfies Messages<string>;

type Rates = RouterOutputs["research"]["responseRates"];
type Row = Rates["byRole"][number];
type Day = Rates["overTime"][number];
type Silent = Rates["nonResponding"][number];

function RateTable({
  caption,
  header,
  rows,
  label,
  compare,
}: {
  caption: string;
  header: string;
  rows: Row[];
  label?: (key: string) => string;
  /** Orders the groups (by their keys) when their labels sort the wrong way. */
  compare?: (a: string, b: string) => number;
}): ReactNode {
  const t = useMessages(text);
  const f = useFormatter();
  return (
    <SortableTable
      caption={caption}
      rows={rows}
      rowKey={(r) => r.key}
      empty={t("noInvitations")}
      initialSort={compare ? { key: "key", direction: "ascending" } : null}
      columns={[
        {
          key: "key",
          header,
          value: (r) => (label ? label(r.key) : r.key),
          ...(compare ? { compare: (a: Row, b: Row) => compare(a.key, b.key) } : {}),
        },
        { key: "invited", header: t("invited"), value: (r) => r.invited, numeric: true },
        { key: "started", header: t("started"), value: (r) => r.started, numeric: true },
        { key: "submitted", header: t("submitted"), value: (r) => r.submitted, numeric: true },
        numberColumn<Row>("rate", t("rate"), (r) => r.responseRate, f.score),
      ]}
    />
  );
}

export function RatesPage({ campaignId }: { campaignId: number }): ReactNode {
  const t = useMessages(text);
  const c = useConsoleText();
  const { locale } = useLocale();
  const f = useFormatter();
  const trpc = useTRPC();
  const waves = useWaves();
  const rates = useQuery(trpc.research.responseRates.queryOptions({ campaignId }));
  const wave = waves.data?.find((w) => w.id === campaignId);
  const data = rates.data;
  const roleLabel = (key: string): string => (isRole(key) ? ROLE_LABELS[locale][key] : key);
  const max = Math.max(1, ...(data?.overTime.map((d) => d.cumulative) ?? [1]));
  return (
    <>
      <WaveHeading
        title={t("title", { name: wave?.name ?? `#${campaignId}` })}
        campaignId={campaignId}
        section="rates"
      />
      <QueryState query={rates} />
      {data && wave ? (
        <>
          <section className="card summary" aria-label={t("summary")}>
            <dl>
              {[
                {
                  term: t("submitted"),
                  testId: "response-rate",
                  value: t("responseValue", {
                    submitted: data.total.submitted,
                    invited: data.total.invited,
                    pct: f.number(data.total.responseRate, 0),
                  }),
                },
                {
                  term: t("coverage"),
                  testId: "coverage",
                  value: t("coverageValue", {
                    covered: data.organisations.covered,
                    population: data.organisations.population,
                    pct: f.number(data.organisations.coverage, 0),
                  }),
                },
              ].map(({ term, testId, value }) => (
                <Fragment key={testId}>
                  <dt>{term}</dt>
                  <dd data-testid={testId}>{value}</dd>
                </Fragment>
              ))}
            </dl>
          </section>
          <Provenance
            provenance={{
              campaignId,
              campaignName: wave.name,
              instrumentHash: wave.instrumentHash,
              n: data.total.submitted,
              generatedAt: rates.dataUpdatedAt ? new Date(rates.dataUpdatedAt).toISOString() : "",
            }}
          />
          <RateTable caption={t("byRole")} header={t("role")} rows={data.byRole} label={roleLabel} />
          <RateTable caption={t("byProvince")} header={t("province")} rows={data.byProvince} />
          <RateTable
            caption={t("bySize")}
            header={t("size")}
            rows={data.bySizeClass}
            label={(key) => sizeClassLabel(key, locale)}
            compare={compareSizeClasses}
          />
          <SortableTable
            caption={t("overTime")}
            testId="over-time"
            empty={c("noAnswers")}
            rows={data.overTime}
            rowKey={(d) => d.day}
            columns={[
              dateColumn<Day>("day", t("day"), (d) => d.day, f.day),
              { key: "submitted", header: t("submitted"), value: (d) => d.submitted, numeric: true },
              {
                key: "cumulative",
                header: t("cumulative"),
                value: (d) => d.cumulative,
                numeric: true,
                render: (d) => (
                  <span className="bar-cell">
                    <span className="bar-track" aria-hidden="true">
                      <span className="bar" style={{ width: `${(d.cumulative / max) * 100}%` }} />
                    </span>
                    <span>{d.cumulative}</span>
                  </span>
                ),
              },
            ]}
          />
          <p>{t("nonRespondingIntro")}</p>
          <SortableTable
            caption={t("nonResponding", { n: data.nonResponding.length })}
            testId="non-responding"
            empty={t("everyoneAnswered")}
            rows={data.nonResponding}
            rowKey={(o) => o.organisationId}
            columns={[
              { key: "code", header: t("code"), value: (o) => o.code },
              { key: "name", header: t("organisation"), value: (o) => o.name },
              { key: "province", header: t("province"), value: (o) => o.province },
              {
                key: "size",
                header: t("size"),
                value: (o) => sizeClassLabel(o.sizeClass, locale),
                compare: (a: Silent, b: Silent) => compareSizeClasses(a.sizeClass, b.sizeClass),
              },
              {
                key: "kind",
                header: t("kind"),
                value: (o) =>
                  isOrganisationKind(o.kind) ? ORGANISATION_KIND_LABELS[locale][o.kind] : o.kind,
              },
              { key: "invited", header: t("invitations"), value: (o) => o.invited, numeric: true },
            ]}
          />
        </>
      ) : null}
    </>
  );
}
