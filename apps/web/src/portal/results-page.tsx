import { ROLE_LABELS } from "@maturo/model/vocabulary";
import {
  buildReport,
  leverSentences,
  type ReaderLocale,
  type ReportMessage,
  type ShownReport,
  say,
  scopeLabel,
} from "@maturo/report";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type ReactNode, useId, useMemo, useState } from "react";
import { downloadFile } from "../console/download.js";
import { useLocale } from "../i18n/locale.js";
import { useLocalized } from "../i18n/localized.js";
import { useFormatter } from "../i18n/use-formatter.js";
import { errorText } from "../lib/error-text.js";
import { type RouterOutputs, useTRPC, useTRPCClient } from "../lib/trpc.js";
import { PageTitle } from "../shell/page-title.js";
import { InlineBar, ProfileChart, QuadrantChart, TrendChart } from "./charts.js";
import { DataTable, type DataTableProps } from "./data-table.js";
import { DisagreementSection } from "./disagreement-section.js";
import type { Organisation } from "./organisation.js";
import { usePortalText } from "./portal-text.js";
import { bars, numeric } from "./table-head.js";

type Overview = RouterOutputs["results"]["overview"];
type Scope = "all" | "province" | "sizeClass";
type Weighting = Overview["weighting"];

/** What every section renders with: the texts, the one formatter, instrument text and withheld reasons. */
function useRender(): {
  t: ReturnType<typeof usePortalText>;
  f: ReturnType<typeof useFormatter>;
  tr: ReturnType<typeof useLocalized>;
  why: (message: ReportMessage | null) => string;
  locale: ReaderLocale;
} {
  const { locale } = useLocale();
  return {
    t: usePortalText(),
    f: useFormatter(),
    tr: useLocalized(),
    why: (message) => (message ? say(message, locale) : "—"),
    locale,
  };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }): ReactNode {
  return (
    <section id={id} className="result-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}

/** A table in its scroll region, captioned "…: the numbers" and headed by `columns`. */
function NumbersTable({ title, ...table }: Omit<DataTableProps, "label"> & { title: string }): ReactNode {
  const t = usePortalText();
  return <DataTable {...table} label={t("tableCaption", { title })} />;
}

/** A row header of the profile's nodes: categories indented under their dimension. */
function NodeHeader({
  row,
}: {
  row: { label: Readonly<Record<string, string>>; dimension: boolean };
}): ReactNode {
  const tr = useLocalized();
  return (
    <th scope="row" className={row.dimension ? undefined : "indent"}>
      {tr(row.label)}
    </th>
  );
}

function ProfileSection({ report }: { report: ShownReport }): ReactNode {
  const { t, f, tr, why, locale } = useRender();
  const { rows, threshold } = report.profile;
  const reference = report.reference;
  const band = (nodeId: string) => reference?.rows.find((r) => r.nodeId === nodeId)?.figure ?? null;
  // The band's numbers in words, for readers who cannot see the chart.
  const bandText = rows.flatMap((row) => {
    const figure = band(row.nodeId);
    return figure
      ? [
          t("referenceBar", {
            label: tr(row.label),
            own: row.withheld ? t("hidden") : f.score(row.mean),
            median: f.score(figure.median),
            q1: f.score(figure.q1),
            q3: f.score(figure.q3),
          }),
        ]
      : [];
  });
  return (
    <Section id="profile" title={t("profileTitle")}>
      <p>{t("profileIntro")}</p>
      <figure className="chart-figure">
        <ProfileChart
          title={t("profileTitle")}
          description={[
            t("profileDesc", { threshold }),
            ...(reference ? [t("referenceBand"), ...bandText] : []),
          ].join(" ")}
          threshold={threshold}
          rows={rows.map((row) => ({
            id: row.nodeId,
            label: tr(row.label),
            value: row.mean,
            valueText: row.withheld ? t("hidden") : `${f.score(row.mean)} (n = ${row.n})`,
            dimension: row.dimension,
            reference: band(row.nodeId),
          }))}
        />
        {reference ? (
          <figcaption className="meta" data-testid="profile-reference">
            {t("referenceWave", { wave: reference.wave.name })} ·{" "}
            {t("referenceGroup", { group: scopeLabel(reference.scope, report.organisation, locale) })}.{" "}
            {t("referenceBand")}
          </figcaption>
        ) : null}
      </figure>
      <NumbersTable
        title={t("profileTitle")}
        columns={[t("part"), numeric(t("score")), numeric(t("spread")), numeric(t("respondentsN"))]}
      >
        {rows.map((row) => (
          <tr key={row.nodeId} className={row.dimension ? "strong" : undefined}>
            <NodeHeader row={row} />
            <td className="num" data-testid={`score-${row.nodeId}`}>
              {row.withheld ? why(row.withheld) : f.score(row.mean)}
            </td>
            <td className="num">{f.score(row.sd)}</td>
            <td className="num">{f.count(row.n)}</td>
          </tr>
        ))}
      </NumbersTable>
    </Section>
  );
}

/** Who answered, per role and in all: the same table as on the PDF's summary page. */
function ResponsesSection({ responses }: { responses: NonNullable<ShownReport["responses"]> }): ReactNode {
  const { t, f, locale } = useRender();
  const total = responses.reduce((n, r) => n + r.submitted, 0);
  return (
    <Section id="responses" title={t("responseTitle")}>
      <DataTable
        label={t("responseTitle")}
        testId="responses"
        className="data-table compact"
        columns={[t("role"), numeric(t("respondents"))]}
      >
        {responses.map((r) => (
          <tr key={r.role}>
            <th scope="row">{ROLE_LABELS[locale][r.role]}</th>
            <td className="num">{f.count(r.submitted)}</td>
          </tr>
        ))}
        <tr className="strong">
          <th scope="row">{t("total")}</th>
          <td className="num">{f.count(total)}</td>
        </tr>
      </DataTable>
    </Section>
  );
}

function QuadrantSection({ report }: { report: ShownReport }): ReactNode {
  const { t, f, tr } = useRender();
  const { capability, legacy, thresholds, profile, profiles } = report.position;
  const name = tr(profile?.name);
  return (
    <Section id="quadrant" title={t("quadrantTitle")}>
      <div className="quadrant-layout">
        <figure className="chart-figure">
          <QuadrantChart
            title={t("quadrantTitle")}
            description={
              profile
                ? t("quadrantDesc", {
                    c: thresholds.capability,
                    l: thresholds.legacy,
                    x: f.score(capability.value),
                    y: f.score(legacy.value),
                    profile: `${profile.id} (${name})`,
                  })
                : t("quadrantNone")
            }
            capability={capability.value}
            legacy={legacy.value}
            thresholds={thresholds}
            profiles={profiles.map((p) => ({ ...p, name: tr(p.name) }))}
            current={profile?.id ?? null}
            labels={{ capability: tr(capability.label), legacy: tr(legacy.label), you: t("you") }}
          />
        </figure>
        <div>
          {profile ? (
            <>
              <h3 data-testid="profile-name">{t("yourProfile", { id: profile.id, name })}</h3>
              <table className="data-table compact">
                <caption className="visually-hidden">
                  {t("tableCaption", { title: t("quadrantTitle") })}
                </caption>
                <tbody>
                  {[capability, legacy].map((axis) => (
                    <tr key={tr(axis.label)}>
                      <th scope="row">{tr(axis.label)}</th>
                      <td className="num">{f.score(axis.value)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {profile.description ? <p>{tr(profile.description)}</p> : null}
              {profile.recommendations ? (
                <>
                  <h4>{t("profileRecs")}</h4>
                  <ul>
                    {profile.recommendations.map((r) => (
                      <li key={tr(r)}>{tr(r)}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          ) : (
            <p>{t("quadrantNone")}</p>
          )}
        </div>
      </div>
    </Section>
  );
}

function RecommendationsSection({ report }: { report: ShownReport }): ReactNode {
  const { t, f, tr } = useRender();
  const recs = report.recommendations;
  if (!recs) return null;
  const label = (nodeId: string): string => tr(report.profile.rows.find((r) => r.nodeId === nodeId)?.label);
  return (
    <Section id="recommendations" title={t("recsTitle")}>
      <h3>{t("weakestTitle")}</h3>
      <ol className="recommendations">
        {recs.weakest.map((w) => (
          <li key={w.nodeId}>
            <strong>
              {label(w.nodeId)}: {f.score(w.score)}
              {w.belowThreshold
                ? ` (${t("belowThreshold", { t: f.count(report.position.thresholds.capability) })})`
                : ""}
            </strong>
            <ul>
              {w.advice.map((a) => (
                <li key={tr(a)}>{tr(a)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <h3>{t("takeawaysTitle")}</h3>
      <p>{t("takeawaysIntro")}</p>
      <ul className="takeaways">
        {recs.takeaways.map((k) => (
          <li key={k.id}>
            <strong>{tr(k.title)}</strong>{" "}
            <span className="meta">
              (
              {k.score === null
                ? t("noScore")
                : t(k.basis === "scale" ? "scaleScore" : "percentScore", { v: f.score(k.score) })}
              {k.priority ? ` — ${t("priority")}` : ""})
            </span>
            <br />
            {tr(k.text)}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function BenchmarkSection({
  report,
  setScope,
}: {
  report: ShownReport;
  setScope(scope: Scope): void;
}): ReactNode {
  const { t, f, why, locale } = useRender();
  const name = useId();
  const scope = report.benchmark.scope;
  // The group is named, so a director can say which governments the comparison is with.
  const label = (s: Scope): string => scopeLabel(s, report.organisation, locale);
  return (
    <Section id="benchmark" title={t("benchmarkTitle")}>
      <p>{t("benchmarkIntro")}</p>
      <fieldset className="scope no-print">
        <legend>{t("compareWith")}</legend>
        {(["all", "province", "sizeClass"] as const).map((s) => (
          <label key={s} className="choice">
            <input type="radio" name={name} checked={scope === s} onChange={() => setScope(s)} />
            {label(s)}
          </label>
        ))}
      </fieldset>
      <p className="print-only">
        {t("compareWith")}: {label(scope)}
      </p>
      <DataTable
        label={t("benchmarkTitle")}
        caption={`${t("benchmarkTitle")}: ${label(scope)}`}
        testId="benchmark"
        columns={[
          t("part"),
          numeric(t("yourScore")),
          bars(t("barLegend")),
          numeric(t("groupMean")),
          numeric(t("percentile")),
          numeric(t("groupSize")),
        ]}
      >
        {report.benchmark.rows.map((row) => (
          <tr key={row.nodeId}>
            <NodeHeader row={row} />
            <td className="num">{f.score(row.own)}</td>
            {row.group ? (
              <>
                <td className="bar-col">
                  <InlineBar value={row.own} marker={row.group.mean} />
                </td>
                <td className="num">{f.score(row.group.mean)}</td>
                <td className="num">{f.percentile(row.group.percentile)}</td>
                <td className="num">{f.count(row.group.size)}</td>
              </>
            ) : (
              <td colSpan={4} className="withheld">
                {why(row.withheld)}
              </td>
            )}
          </tr>
        ))}
      </DataTable>
      <p className="meta">{t("barLegend")}</p>
      <p>
        {t("comparisonShown", {
          shown: f.count(report.benchmark.compared),
          all: f.count(report.benchmark.rows.length),
        })}
      </p>
    </Section>
  );
}

/** The organisation's scores next to the median and quartiles of the reference wave (DESIGN §11). */
function ReferenceSection({ report }: { report: ShownReport }): ReactNode {
  const { t, f, why, locale } = useRender();
  const reference = report.reference;
  if (!reference)
    return (
      <Section id="reference" title={t("referenceTitle")}>
        <p>{t("referenceNone")}</p>
      </Section>
    );
  const group = scopeLabel(reference.scope, report.organisation, locale);
  return (
    <Section id="reference" title={t("referenceTitle")}>
      <p>{t("referenceIntro")}</p>
      <p data-testid="reference-wave">
        <strong>{t("referenceWave", { wave: reference.wave.name })}</strong> ·{" "}
        {t("referenceGroup", { group })}
      </p>
      <p className="meta">{t(`referenceWeighting_${reference.weighting}`)}</p>
      <DataTable
        label={t("referenceTitle")}
        caption={`${t("referenceTitle")}: ${reference.wave.name}, ${group}`}
        testId="reference"
        columns={[
          t("part"),
          numeric(t("yourScore")),
          bars(t("referenceBand")),
          numeric("Q1"),
          numeric(t("median")),
          numeric("Q3"),
          numeric(t("organisations")),
        ]}
      >
        {reference.rows.map((row) => (
          <tr key={row.nodeId}>
            <NodeHeader row={row} />
            <td className="num">{f.score(row.own)}</td>
            {row.figure ? (
              <>
                <td className="bar-col">
                  <InlineBar value={row.own} marker={row.figure.median} />
                </td>
                <td className="num">{f.score(row.figure.q1)}</td>
                <td className="num">{f.score(row.figure.median)}</td>
                <td className="num">{f.score(row.figure.q3)}</td>
                <td className="num">{f.count(row.figure.organisations)}</td>
              </>
            ) : (
              <td colSpan={5} className="withheld">
                {why(row.withheld)}
              </td>
            )}
          </tr>
        ))}
      </DataTable>
    </Section>
  );
}

/** The context scales ranked as levers against the reference wave, each in plain words with its advice. */
function LeversSection({ report }: { report: ShownReport }): ReactNode {
  const { t, f, tr, locale } = useRender();
  const levers = report.levers;
  if (!levers) return null;
  return (
    <Section id="levers" title={t("leversTitle")}>
      <p>{t("leversIntro")}</p>
      <p className="meta">{t("referenceWave", { wave: levers.wave.name })}</p>
      <ol className="levers" data-testid="levers">
        {levers.rows.map((row) => (
          <li key={row.nodeId} data-testid={`lever-${row.nodeId}`}>
            <h3>{tr(row.label)}</h3>
            {leverSentences(row, levers, locale).map((sentence) => (
              <p key={sentence}>{sentence}</p>
            ))}
            {row.advice && row.driver ? (
              <p>
                <strong>{t("leverTodo")}:</strong> {tr(row.advice)}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      <NumbersTable
        title={t("leversTitle")}
        testId="levers-table"
        columns={[
          t("leverScale"),
          numeric(t("yourScore")),
          numeric(t("median")),
          numeric(t("middleHalf")),
          numeric("β"),
          t("leverModel"),
          numeric(t("leverPriority")),
        ]}
      >
        {levers.rows.map((row) => (
          <tr key={row.nodeId}>
            <th scope="row">{tr(row.label)}</th>
            <td className="num">{f.score(row.own)}</td>
            <td className="num">{f.score(row.figure?.median)}</td>
            <td className="num">
              {row.figure ? `${f.score(row.figure.q1)}–${f.score(row.figure.q3)}` : "—"}
            </td>
            <td className="num">{row.driver ? f.number(row.driver.beta, 2) : "—"}</td>
            <td>{row.driver ? tr(row.driver.model.label) : "—"}</td>
            <td className="num">{row.priority === null ? "—" : f.number(row.priority, 1)}</td>
          </tr>
        ))}
      </NumbersTable>
    </Section>
  );
}

function GapSection({ report }: { report: ShownReport }): ReactNode {
  const { t, f, why } = useRender();
  return (
    <Section id="gap" title={t("gapTitle")}>
      <p>{t("gapIntro", { min: report.rules.minGroupSize })}</p>
      <NumbersTable
        title={t("gapTitle")}
        testId="gap"
        columns={[t("part"), numeric(t("management")), numeric(t("staff")), numeric(t("difference"))]}
      >
        {report.gap.map((row) => (
          <tr key={row.nodeId}>
            <NodeHeader row={row} />
            {row.figures ? (
              <>
                <td className="num">
                  {f.score(row.figures.management.mean)} (n = {row.figures.management.n})
                </td>
                <td className="num">
                  {f.score(row.figures.staff.mean)} (n = {row.figures.staff.n})
                </td>
                <td className="num">
                  {row.figures.gap > 0 ? "+" : ""}
                  {f.score(row.figures.gap)}
                </td>
              </>
            ) : (
              <td colSpan={3} className="withheld">
                {why(row.withheld)}
              </td>
            )}
          </tr>
        ))}
      </NumbersTable>
    </Section>
  );
}

function LensSection({ report }: { report: ShownReport }): ReactNode {
  const { t, f, tr } = useRender();
  const title = tr(report.lens.label);
  return (
    <Section id="lens" title={t("lensTitle")}>
      <p>{t("lensIntro")}</p>
      <DataTable
        label={title}
        testId="lens"
        columns={[
          t("dimension"),
          bars(t("percentPositive")),
          numeric(t("percentPositive")),
          numeric(t("statements")),
        ]}
      >
        {report.lens.rows.map((row) => (
          <tr key={row.tag}>
            <th scope="row">{tr(row.label)}</th>
            <td className="bar-col">
              <InlineBar value={row.percentPositive} />
            </td>
            <td className="num">{f.score(row.percentPositive)}</td>
            <td className="num">{f.count(row.items)}</td>
          </tr>
        ))}
      </DataTable>
    </Section>
  );
}

/** A statement as the model phrases it: a negatively worded one by its meaning. */
function StatementText({ statement }: { statement: ShownReport["strengths"][number] }): ReactNode {
  return useLocalized()(statement.text);
}

function ItemsSection({ report }: { report: ShownReport }): ReactNode {
  const { t, f, tr, why } = useRender();
  return (
    <Section id="items" title={t("itemsTitle")}>
      <p>{t("itemsIntro")}</p>
      <div className="two-columns">
        {(["strengths", "challenges"] as const).map((side) => (
          <div key={side}>
            <h3>{t(side)}</h3>
            <ul className="item-list">
              {report[side].map((s) => (
                <li key={s.itemId}>
                  <strong>{f.percent(s.percentPositive)}</strong> — <StatementText statement={s} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <NumbersTable
        title={t("itemsTitle")}
        className="data-table items"
        columns={[
          t("statement"),
          t("category"),
          bars(t("percentPositive")),
          numeric(t("percentPositive")),
          numeric(t("answers")),
        ]}
      >
        {report.statements.map((item) => (
          <tr key={item.itemId}>
            <th scope="row" className="item-text">
              <StatementText statement={item} />
            </th>
            <td>{tr(item.nodeLabel)}</td>
            <td className="bar-col">
              <InlineBar value={item.percentPositive} />
            </td>
            <td className="num">{item.withheld ? why(item.withheld) : f.score(item.percentPositive)}</td>
            <td className="num">{f.count(item.n)}</td>
          </tr>
        ))}
      </NumbersTable>
    </Section>
  );
}

function TrendSection({ report }: { report: ShownReport }): ReactNode {
  const { t, f, tr } = useRender();
  const { series, points } = report.trend;
  return (
    <Section id="trend" title={t("trendTitle")}>
      {points.length > 1 ? (
        <figure className="chart-figure">
          <TrendChart
            title={t("trendTitle")}
            description={t("trendDesc")}
            points={points.map((p) => f.date(p.opensAt))}
            series={series.map((s, i) => ({
              id: s.nodeId,
              label: tr(s.label),
              values: points.map((p) => p.values[i] ?? null),
              dashed: i % 2 === 1,
              marker: i % 2 === 1 ? "square" : "circle",
            }))}
          />
        </figure>
      ) : (
        <p>{t("trendOne")}</p>
      )}
      <NumbersTable
        title={t("trendTitle")}
        testId="trend"
        columns={[
          t("campaign"),
          t("date"),
          numeric(t("respondents")),
          ...series.map((s) => numeric(tr(s.label))),
        ]}
      >
        {points.map((p) => (
          <tr key={p.campaignId}>
            <th scope="row">{p.name}</th>
            <td>{f.date(p.opensAt)}</td>
            <td className="num">{f.count(p.respondents)}</td>
            {p.values.map((value, i) => (
              <td key={series[i]?.nodeId ?? i} className="num">
                {f.score(value)}
              </td>
            ))}
          </tr>
        ))}
      </NumbersTable>
    </Section>
  );
}

function PdfButton({
  organisationId,
  campaignId,
  scope,
  weighting,
}: {
  organisationId: number;
  campaignId: number;
  scope: Scope;
  weighting: Weighting;
}): ReactNode {
  const t = usePortalText();
  const { locale } = useLocale();
  const client = useTRPCClient();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const download = async (): Promise<void> => {
    setState({ busy: true, error: null });
    try {
      const pdf = await client.report.pdf.query({ organisationId, campaignId, locale, scope, weighting });
      const binary = atob(pdf.base64);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      downloadFile(pdf.filename, pdf.contentType, bytes);
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error: errorText(error, locale) });
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void download()} disabled={state.busy}>
        {state.busy ? t("pdfBusy") : t("downloadPdf")}
      </button>
      {state.error ? <span role="alert">{t("error", { message: state.error })}</span> : null}
    </>
  );
}

/**
 * By default every respondent weighs the same (docs/decisions.md, "Scoring (issue 4)"); `balanced` gives management and staff half
 * each, so a campaign where mostly staff answered does not read as the staff's view alone.
 */
function WeightingChoice({
  weighting,
  chosen,
  setWeighting,
}: {
  /** The weighting of the numbers shown. */
  weighting: Weighting;
  /** The reader's choice, which may still be loading. */
  chosen: Weighting | null;
  setWeighting: (weighting: Weighting) => void;
}): ReactNode {
  const t = usePortalText();
  const name = useId();
  return (
    <>
      <fieldset className="scope no-print">
        <legend>{t("weightingLegend")}</legend>
        {(["equal", "balanced"] as const).map((w) => (
          <label key={w} className="choice">
            <input
              type="radio"
              name={name}
              checked={(chosen ?? weighting) === w}
              onChange={() => setWeighting(w)}
            />
            {t(`weighting_${w}`)}
          </label>
        ))}
      </fieldset>
      <p className="meta print-only">
        {t("weightingLegend")}: {t(`weighting_${weighting}`)}
      </p>
    </>
  );
}

/** The sections of the dashboard, in order: anchor id and heading. */
const CONTENTS = [
  ["responses", "responseTitle"],
  ["profile", "profileTitle"],
  ["quadrant", "quadrantTitle"],
  ["recommendations", "recsTitle"],
  ["benchmark", "benchmarkTitle"],
  ["reference", "referenceTitle"],
  ["levers", "leversTitle"],
  ["gap", "gapTitle"],
  ["disagreement", "disagreementTitle"],
  ["lens", "lensTitle"],
  ["items", "itemsTitle"],
  ["trend", "trendTitle"],
] as const;

/**
 * The results dashboard of one campaign; the print stylesheet turns it into the report. It renders
 * the report model of `@maturo/report`, the same one the PDF is made from.
 */
export function ResultsPage({
  organisation,
  campaignId,
}: {
  organisation: Organisation;
  campaignId: number;
}): ReactNode {
  const { t, f, locale } = useRender();
  const trpc = useTRPC();
  const [scope, setScope] = useState<Scope>("all");
  const [chosenWeighting, setWeighting] = useState<Weighting | null>(null);
  const input = {
    organisationId: organisation.id,
    campaignId,
    ...(chosenWeighting ? { weighting: chosenWeighting } : {}),
  };
  const overview = useQuery({
    ...trpc.results.overview.queryOptions(input),
    placeholderData: keepPreviousData,
  });
  const context = useQuery({ ...trpc.report.context.queryOptions(input), placeholderData: keepPreviousData });
  const trend = useQuery({
    ...trpc.results.trend.queryOptions({
      organisationId: organisation.id,
      untilCampaignId: campaignId,
      ...(chosenWeighting ? { weighting: chosenWeighting } : {}),
    }),
    placeholderData: keepPreviousData,
  });
  const report = useMemo(
    () =>
      overview.data && context.data && trend.data
        ? buildReport({ overview: overview.data, trend: trend.data, context: context.data, scope })
        : null,
    [overview.data, context.data, trend.data, scope],
  );
  const error = overview.error ?? context.error ?? trend.error;
  if (error) return <p role="alert">{t("error", { message: errorText(error, locale) })}</p>;
  if (!report) return <p role="status">{t("loading")}</p>;
  return (
    <article className="results">
      <PageTitle>
        {t("resultsTitle")}: {report.campaign.name}
      </PageTitle>
      <p className="lead">
        <strong>{organisation.name}</strong> · {t("respondentsLine", { n: f.count(report.respondents) })}
      </p>
      <p className="meta">
        {t("minRule", { min: report.rules.minGroupSize, bench: report.rules.minBenchmarkGroup })}
      </p>
      <p className="meta">{t("refreshRule", { min: report.rules.minGroupSize })}</p>
      {report.refresh.pending > 0 ? (
        <p className="meta" role="status" data-testid="refresh-pending">
          {t("refreshPending", {
            pending: f.count(report.refresh.pending),
            remaining: f.count(report.refresh.remaining),
          })}
        </p>
      ) : null}
      <WeightingChoice weighting={report.weighting} chosen={chosenWeighting} setWeighting={setWeighting} />
      {report.status === "withheld" ? (
        <div className="card" role="status">
          <h2>{t("withheld")}</h2>
          <p>{say(report.reason, locale)}</p>
        </div>
      ) : (
        <>
          <p className="actions no-print">
            <PdfButton
              organisationId={organisation.id}
              campaignId={campaignId}
              scope={scope}
              weighting={report.weighting}
            />
            <button type="button" className="button secondary" onClick={() => window.print()}>
              {t("print")}
            </button>
          </p>
          <nav aria-label={t("contents")} className="toc no-print">
            <h2 className="visually-hidden">{t("contents")}</h2>
            <ul>
              {CONTENTS.filter(
                ([id]) => (id !== "levers" || report.levers) && (id !== "responses" || report.responses),
              ).map(([id, key]) => (
                <li key={id}>
                  <a href={`#${id}`}>{t(key)}</a>
                </li>
              ))}
            </ul>
          </nav>
          {report.responses ? <ResponsesSection responses={report.responses} /> : null}
          <ProfileSection report={report} />
          <QuadrantSection report={report} />
          <RecommendationsSection report={report} />
          <BenchmarkSection report={report} setScope={setScope} />
          <ReferenceSection report={report} />
          {report.levers ? <LeversSection report={report} /> : null}
          <GapSection report={report} />
          <DisagreementSection report={report} />
          <LensSection report={report} />
          <ItemsSection report={report} />
          <TrendSection report={report} />
        </>
      )}
    </article>
  );
}
