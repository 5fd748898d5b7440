import { sizeClassLabel } from "@maturo/model/vocabulary";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type ReactNode, useId, useState } from "react";
import { useLocale } from "../i18n/locale.js";
import { errorText } from "../lib/error-text.js";
import { type RouterOutputs, useTRPC, useTRPCClient } from "../lib/trpc.js";
import { InlineBar, ProfileChart, QuadrantChart, TrendChart } from "./charts.js";
import { downloadFile } from "./csv.js";
import { useFormat, useLocalized } from "./format.js";
import { type Organisation, PageTitle, usePortalText } from "./portal-app.js";
import { bars, numeric, TableHead } from "./table-head.js";
import { TableScroll } from "./table-scroll.js";

type Overview = RouterOutputs["results"]["overview"];
type Shown = Extract<Overview, { status: "shown" }>;
type Context = RouterOutputs["report"]["context"];
type Trend = RouterOutputs["results"]["trend"];
type Scope = "all" | "province" | "sizeClass";

const PROFILE_NODES = [
  "capability",
  "capability.efficiency",
  "capability.innovation",
  "capability.balance",
  "legacy",
  "legacy.organisation",
  "legacy.users",
  "legacy.technology",
] as const;
const BENCHMARK_MIN = 5;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }): ReactNode {
  return (
    <section id={id} className="result-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}

function ProfileSection({ overview, context }: { overview: Shown; context: Context }): ReactNode {
  const t = usePortalText();
  const f = useFormat();
  const tr = useLocalized();
  const rows = PROFILE_NODES.map((id) => overview.scores.find((s) => s.nodeId === id)).filter(
    (s): s is Shown["scores"][number] => s !== undefined,
  );
  return (
    <Section id="profile" title={t("profileTitle")}>
      <p>{t("profileIntro")}</p>
      <figure className="chart-figure">
        <ProfileChart
          title={t("profileTitle")}
          description={t("profileDesc", { threshold: context.thresholds.capability })}
          threshold={context.thresholds.capability}
          rows={rows.map((s) => ({
            id: s.nodeId,
            label: tr(s.label),
            value: s.mean,
            valueText: s.withheld ? t("hidden") : `${f.score(s.mean)} (n = ${s.n})`,
            dimension: s.kind === "dimension",
          }))}
        />
      </figure>
      <TableScroll label={t("tableCaption", { title: t("profileTitle") })}>
        <table className="data-table">
          <caption>{t("tableCaption", { title: t("profileTitle") })}</caption>
          <TableHead
            columns={[t("part"), numeric(t("score")), numeric(t("spread")), numeric(t("respondentsN"))]}
          />
          <tbody>
            {rows.map((s) => (
              <tr key={s.nodeId} className={s.kind === "dimension" ? "strong" : undefined}>
                <th scope="row" className={s.kind === "dimension" ? undefined : "indent"}>
                  {tr(s.label)}
                </th>
                <td className="num" data-testid={`score-${s.nodeId}`}>
                  {s.withheld ? t("hiddenFew", { min: overview.minGroupSize }) : f.score(s.mean)}
                </td>
                <td className="num">{f.score(s.sd)}</td>
                <td className="num">{s.n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </Section>
  );
}

function QuadrantSection({ overview, context }: { overview: Shown; context: Context }): ReactNode {
  const t = usePortalText();
  const f = useFormat();
  const tr = useLocalized();
  const capability = overview.scores.find((s) => s.nodeId === "capability")?.mean ?? null;
  const legacy = overview.scores.find((s) => s.nodeId === "legacy")?.mean ?? null;
  const profile = overview.profile;
  const name = profile && "name" in profile ? tr(profile.name) : "";
  return (
    <Section id="quadrant" title={t("quadrantTitle")}>
      <div className="quadrant-layout">
        <figure className="chart-figure">
          <QuadrantChart
            title={t("quadrantTitle")}
            description={
              profile
                ? t("quadrantDesc", {
                    c: context.thresholds.capability,
                    l: context.thresholds.legacy,
                    x: f.score(capability),
                    y: f.score(legacy),
                    profile: `${profile.id} (${name})`,
                  })
                : t("quadrantNone")
            }
            capability={capability}
            legacy={legacy}
            thresholds={context.thresholds}
            profiles={context.profiles.map((p) => ({ ...p, name: tr(p.name) }))}
            current={profile?.id ?? null}
            labels={{
              capability: tr(overview.scores.find((s) => s.nodeId === "capability")?.label),
              legacy: tr(overview.scores.find((s) => s.nodeId === "legacy")?.label),
              you: t("you"),
            }}
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
                  <tr>
                    <th scope="row">{tr(overview.scores.find((s) => s.nodeId === "capability")?.label)}</th>
                    <td className="num">{f.score(capability)}</td>
                  </tr>
                  <tr>
                    <th scope="row">{tr(overview.scores.find((s) => s.nodeId === "legacy")?.label)}</th>
                    <td className="num">{f.score(legacy)}</td>
                  </tr>
                </tbody>
              </table>
              {"description" in profile && profile.description ? <p>{tr(profile.description)}</p> : null}
              {"recommendations" in profile && profile.recommendations ? (
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

function RecommendationsSection({ overview, context }: { overview: Shown; context: Context }): ReactNode {
  const t = usePortalText();
  const f = useFormat();
  const tr = useLocalized();
  const recs = context.recommendations;
  if (!recs) return null;
  const label = (nodeId: string): string => tr(overview.scores.find((s) => s.nodeId === nodeId)?.label);
  return (
    <Section id="recommendations" title={t("recsTitle")}>
      <h3>{t("weakestTitle")}</h3>
      <ol className="recommendations">
        {recs.weakest.map((w) => (
          <li key={w.nodeId}>
            <strong>
              {label(w.nodeId)}: {f.score(w.score)}
              {w.belowThreshold ? ` (${t("belowThreshold", { t: context.thresholds.capability })})` : ""}
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
                : k.basis === "scale"
                  ? t("scaleScore", { v: f.score(k.score) })
                  : t("percentScore", { v: f.score(k.score) })}
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

const named = (label: string, group: string | null): string => (group ? `${label} (${group})` : label);

function BenchmarkSection({
  overview,
  context,
  scope,
  setScope,
}: {
  overview: Shown;
  context: Context;
  scope: Scope;
  setScope(scope: Scope): void;
}): ReactNode {
  const t = usePortalText();
  const { locale } = useLocale();
  const f = useFormat();
  const tr = useLocalized();
  const name = useId();
  const scopes: { id: Scope; label: string }[] = [
    { id: "all", label: t("scopeAll") },
    // The group is named, so a director can say which governments the comparison is with.
    { id: "province", label: named(t("scopeProvince"), context.organisation.province) },
    {
      id: "sizeClass",
      label: named(
        t("scopeSizeClass"),
        context.organisation.sizeClass ? sizeClassLabel(context.organisation.sizeClass, locale) : null,
      ),
    },
  ];
  return (
    <Section id="benchmark" title={t("benchmarkTitle")}>
      <p>{t("benchmarkIntro")}</p>
      <fieldset className="scope no-print">
        <legend>{t("compareWith")}</legend>
        {scopes.map((s) => (
          <label key={s.id} className="choice">
            <input type="radio" name={name} checked={scope === s.id} onChange={() => setScope(s.id)} />
            {s.label}
          </label>
        ))}
      </fieldset>
      <p className="print-only">
        {t("compareWith")}: {scopes.find((s) => s.id === scope)?.label}
      </p>
      <TableScroll label={t("benchmarkTitle")}>
        <table className="data-table" data-testid="benchmark">
          <caption>
            {t("benchmarkTitle")}: {scopes.find((s) => s.id === scope)?.label}
          </caption>
          <TableHead
            columns={[
              t("part"),
              numeric(t("yourScore")),
              bars(t("barLegend")),
              numeric(t("groupMean")),
              numeric(t("percentile")),
              numeric(t("groupSize")),
            ]}
          />
          <tbody>
            {overview.benchmarks.map((b) => {
              const node = overview.scores.find((s) => s.nodeId === b.nodeId);
              const group = b.groups.find((g) => g.scope === scope);
              const own = node?.mean ?? null;
              return (
                <tr key={b.nodeId}>
                  <th scope="row" className={b.nodeId.includes(".") ? "indent" : undefined}>
                    {tr(node?.label)}
                  </th>
                  <td className="num">{f.score(own)}</td>
                  {group?.status === "shown" ? (
                    <>
                      <td className="bar-col">
                        <InlineBar value={own} marker={group.groupMean} />
                      </td>
                      <td className="num">{f.score(group.groupMean)}</td>
                      <td className="num">{f.percentile(group.percentileRank)}</td>
                      <td className="num">{group.groupSize}</td>
                    </>
                  ) : (
                    <td colSpan={4} className="withheld">
                      {group?.reason === "group-too-small"
                        ? t("reasonSmall", { min: BENCHMARK_MIN, n: group.groupSize })
                        : group?.reason === "no-attribute"
                          ? t("reasonAttribute")
                          : t("reasonNoScore")}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <p className="meta">{t("barLegend")}</p>
    </Section>
  );
}

function GapSection({ overview }: { overview: Shown }): ReactNode {
  const t = usePortalText();
  const f = useFormat();
  const tr = useLocalized();
  const rows = PROFILE_NODES.map((id) => overview.scores.find((s) => s.nodeId === id)).filter(
    (s): s is Shown["scores"][number] => s !== undefined,
  );
  return (
    <Section id="gap" title={t("gapTitle")}>
      <p>{t("gapIntro", { min: overview.minGroupSize })}</p>
      <TableScroll label={t("tableCaption", { title: t("gapTitle") })}>
        <table className="data-table" data-testid="gap">
          <caption>{t("tableCaption", { title: t("gapTitle") })}</caption>
          <TableHead
            columns={[t("part"), numeric(t("management")), numeric(t("staff")), numeric(t("difference"))]}
          />
          <tbody>
            {rows.map((s) => {
              const gap = s.breakdown.gap;
              return (
                <tr key={s.nodeId}>
                  <th scope="row" className={s.kind === "dimension" ? undefined : "indent"}>
                    {tr(s.label)}
                  </th>
                  {gap.status === "shown" ? (
                    <>
                      <td className="num">
                        {f.score(gap.management.mean)} (n = {gap.management.n})
                      </td>
                      <td className="num">
                        {f.score(gap.staff.mean)} (n = {gap.staff.n})
                      </td>
                      <td className="num">
                        {gap.gap > 0 ? "+" : ""}
                        {f.score(gap.gap)}
                      </td>
                    </>
                  ) : (
                    <td colSpan={3} className="withheld">
                      {t("gapReason", { min: overview.minGroupSize })} ({gap.managementN} / {gap.staffN})
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </Section>
  );
}

function LensSection({ overview, context }: { overview: Shown; context: Context }): ReactNode {
  const t = usePortalText();
  const f = useFormat();
  const tr = useLocalized();
  const tags = context.lens.flatMap((l) => l.tags);
  return (
    <Section id="lens" title={t("lensTitle")}>
      <p>{t("lensIntro")}</p>
      <TableScroll label={tr(context.lens[0]?.label)}>
        <table className="data-table" data-testid="lens">
          <caption>{tr(context.lens[0]?.label)}</caption>
          <TableHead
            columns={[
              t("dimension"),
              bars(t("percentPositive")),
              numeric(t("percentPositive")),
              numeric(t("statements")),
            ]}
          />
          <tbody>
            {tags.map((tag) => {
              const entry = overview.lens.find((l) => l.tag === tag.id);
              return (
                <tr key={tag.id}>
                  <th scope="row">{tr(tag.label)}</th>
                  <td className="bar-col">
                    <InlineBar value={entry?.percentPositive ?? null} />
                  </td>
                  <td className="num">{f.score(entry?.percentPositive)}</td>
                  <td className="num">{entry?.items ?? 0}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </Section>
  );
}

function ItemsSection({ overview, context }: { overview: Shown; context: Context }): ReactNode {
  const t = usePortalText();
  const f = useFormat();
  const tr = useLocalized();
  const meta = new Map(context.items.map((i) => [i.id, i]));
  const label = (nodeId: string | undefined): string =>
    tr(overview.scores.find((s) => s.nodeId === nodeId)?.label);
  const text = (itemId: string): string => tr(meta.get(itemId)?.text) || itemId;
  // A negatively worded statement says so: "100% positive" on "past IT choices still hold us back"
  // means everyone disagreed.
  const statement = (itemId: string): ReactNode => (
    <>
      {text(itemId)}
      {meta.get(itemId)?.reverse ? <span className="meta"> {t("reversed")}</span> : null}
    </>
  );
  const items = overview.items.filter((i) => !(meta.get(i.itemId)?.node ?? "context").startsWith("context"));
  return (
    <Section id="items" title={t("itemsTitle")}>
      <p>{t("itemsIntro")}</p>
      <div className="two-columns">
        <div>
          <h3>{t("strengths")}</h3>
          <ul className="item-list">
            {overview.strengthsAndChallenges.strengths.map((s) => (
              <li key={s.itemId}>
                <strong>{f.score(s.percentPositive)}%</strong> — {statement(s.itemId)}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>{t("challenges")}</h3>
          <ul className="item-list">
            {overview.strengthsAndChallenges.challenges.map((s) => (
              <li key={s.itemId}>
                <strong>{f.score(s.percentPositive)}%</strong> — {statement(s.itemId)}
              </li>
            ))}
          </ul>
        </div>
      </div>
      <TableScroll label={t("tableCaption", { title: t("itemsTitle") })}>
        <table className="data-table items">
          <caption>{t("tableCaption", { title: t("itemsTitle") })}</caption>
          <TableHead
            columns={[
              t("statement"),
              t("category"),
              bars(t("percentPositive")),
              numeric(t("percentPositive")),
              numeric(t("answers")),
            ]}
          />
          <tbody>
            {items.map((item) => (
              <tr key={item.itemId}>
                <th scope="row" className="item-text">
                  {statement(item.itemId)}
                </th>
                <td>{label(meta.get(item.itemId)?.node)}</td>
                <td className="bar-col">
                  <InlineBar value={item.percentPositive} />
                </td>
                <td className="num">
                  {item.withheld
                    ? t("hiddenFew", { min: overview.minGroupSize })
                    : f.score(item.percentPositive)}
                </td>
                <td className="num">{item.n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </Section>
  );
}

function TrendSection({ trend }: { trend: Trend }): ReactNode {
  const t = usePortalText();
  const f = useFormat();
  const { locale } = useLocale();
  const capabilityLabel = locale === "nl" ? "Digitaal vermogen" : "Digital capability";
  const legacyLabel = locale === "nl" ? "Digitale erfenis" : "Digital legacy";
  return (
    <Section id="trend" title={t("trendTitle")}>
      {trend.length > 1 ? (
        <figure className="chart-figure">
          <TrendChart
            title={t("trendTitle")}
            description={t("trendDesc")}
            points={trend.map((p) => f.date(p.opensAt))}
            series={[
              {
                id: "capability",
                label: capabilityLabel,
                values: trend.map((p) => p.scores.capability ?? null),
                dashed: false,
                marker: "circle",
              },
              {
                id: "legacy",
                label: legacyLabel,
                values: trend.map((p) => p.scores.legacy ?? null),
                dashed: true,
                marker: "square",
              },
            ]}
          />
        </figure>
      ) : (
        <p>{t("trendOne")}</p>
      )}
      <TableScroll label={t("tableCaption", { title: t("trendTitle") })}>
        <table className="data-table" data-testid="trend">
          <caption>{t("tableCaption", { title: t("trendTitle") })}</caption>
          <TableHead
            columns={[
              t("campaign"),
              t("date"),
              numeric(t("respondents")),
              numeric(capabilityLabel),
              numeric(legacyLabel),
            ]}
          />
          <tbody>
            {trend.map((p) => (
              <tr key={p.campaignId}>
                <th scope="row">{p.name}</th>
                <td>{f.date(p.opensAt)}</td>
                <td className="num">{p.respondents}</td>
                <td className="num">{f.score(p.scores.capability ?? null)}</td>
                <td className="num">{f.score(p.scores.legacy ?? null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
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

type Weighting = Overview["weighting"];

/**
 * DESIGN §6: by default every respondent weighs the same; `balanced` gives management and staff half
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
  ["profile", "profileTitle"],
  ["quadrant", "quadrantTitle"],
  ["recommendations", "recsTitle"],
  ["benchmark", "benchmarkTitle"],
  ["gap", "gapTitle"],
  ["lens", "lensTitle"],
  ["items", "itemsTitle"],
  ["trend", "trendTitle"],
] as const;

/** The results dashboard of one campaign; the print stylesheet turns it into the report. */
export function ResultsPage({
  organisation,
  campaignId,
}: {
  organisation: Organisation;
  campaignId: number;
}): ReactNode {
  const t = usePortalText();
  const { locale } = useLocale();
  const f = useFormat();
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
  const error = overview.error ?? context.error ?? trend.error;
  if (error) return <p role="alert">{t("error", { message: errorText(error, locale) })}</p>;
  if (!overview.data || !context.data || !trend.data) return <p role="status">{t("loading")}</p>;
  const data = overview.data;
  return (
    <article className="results">
      <PageTitle>
        {t("resultsTitle")}: {data.campaign.name}
      </PageTitle>
      <p className="lead">
        <strong>{organisation.name}</strong> · {t("respondentsLine", { n: f.count(data.respondents) })}
      </p>
      <p className="meta">{t("minRule", { min: data.minGroupSize, bench: BENCHMARK_MIN })}</p>
      <WeightingChoice weighting={data.weighting} chosen={chosenWeighting} setWeighting={setWeighting} />
      {data.status === "withheld" ? (
        <div className="card" role="status">
          <h2>{t("withheld")}</h2>
          <p>{t("withheldReason", { min: data.minGroupSize, n: data.respondents })}</p>
        </div>
      ) : (
        <>
          <p className="actions no-print">
            <PdfButton
              organisationId={organisation.id}
              campaignId={campaignId}
              scope={scope}
              weighting={data.weighting}
            />
            <button type="button" className="button secondary" onClick={() => window.print()}>
              {t("print")}
            </button>
          </p>
          <nav aria-label={t("contents")} className="toc no-print">
            <h2 className="visually-hidden">{t("contents")}</h2>
            <ul>
              {CONTENTS.map(([id, key]) => (
                <li key={id}>
                  <a href={`#${id}`}>{t(key)}</a>
                </li>
              ))}
            </ul>
          </nav>
          <ProfileSection overview={data} context={context.data} />
          <QuadrantSection overview={data} context={context.data} />
          <RecommendationsSection overview={data} context={context.data} />
          <BenchmarkSection overview={data} context={context.data} scope={scope} setScope={setScope} />
          <GapSection overview={data} />
          <LensSection overview={data} context={context.data} />
          <ItemsSection overview={data} context={context.data} />
          <TrendSection trend={trend.data} />
        </>
      )}
    </article>
  );
}
