import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, Fragment, type ReactNode, useId, useState } from "react";
import { useLocalized } from "../i18n/localized.js";
import { useFormatter } from "../i18n/use-formatter.js";
import { Link, navigate } from "../lib/router.js";
import { type RouterOutputs, useTRPC } from "../lib/trpc.js";
import { useRefresh } from "../lib/use-refresh.js";
import { PageTitle } from "../shell/page-title.js";
import { ErrorMessage } from "../ui/error-message.js";
import { QueryState } from "../ui/query-state.js";
import { SubmitButton } from "../ui/submit-button.js";
import { TitledSection } from "../ui/titled-section.js";
import { type CampaignRef, campaignPath, type Organisation } from "./organisation.js";
import { ParticipationTable } from "./participation-table.js";
import { usePortalText } from "./portal-text.js";

export type PortalCampaign = RouterOutputs["campaigns"]["forOrganisation"][number];

/** The status the API derives from the campaign's dates, in words. */
const STATUS_TEXT = {
  scheduled: "statusScheduled",
  open: "statusOpen",
  closed: "statusClosed",
} as const satisfies Record<PortalCampaign["status"], string>;

export function CampaignMeta({ campaign }: { campaign: PortalCampaign }): ReactNode {
  const t = usePortalText();
  const f = useFormatter();
  return (
    <p className="meta">
      {campaign.kind === "self" ? t("kindSelf") : t("kindWave")} · {t(STATUS_TEXT[campaign.status])} ·{" "}
      {campaign.status === "scheduled"
        ? t("opensOn", { date: f.date(campaign.opensAt) })
        : t("opened", { date: f.date(campaign.opensAt) })}
      {campaign.closedAt ? ` · ${t("closedOn", { date: f.date(campaign.closedAt) })}` : ""}
    </p>
  );
}

/** The headline numbers of a campaign, or why they are still hidden. */
function ResultsSummary({ campaignId, organisationId }: CampaignRef): ReactNode {
  const t = usePortalText();
  const f = useFormatter();
  const tr = useLocalized();
  const trpc = useTRPC();
  const overview = useQuery(trpc.results.overview.queryOptions({ organisationId, campaignId }));
  if (!overview.data) return null;
  const data = overview.data;
  if (data.status === "withheld")
    return <p className="meta">{t("withheldReason", { min: data.minGroupSize, n: data.respondents })}</p>;
  // The instrument's dimensions (capability and legacy in the default framework), not fixed node ids.
  const dimensions = data.scores.filter((s) => s.kind === "dimension");
  return (
    <dl className="summary">
      <dt>{t("participants")}</dt>
      <dd>{f.count(data.respondents)}</dd>
      {dimensions.map((s) => (
        <Fragment key={s.nodeId}>
          <dt>{tr(s.label)}</dt>
          <dd>
            {s.mean !== null
              ? t("outOf100", { score: f.score(s.mean) })
              : s.reason
                ? t(`reason_${s.reason}`, { min: data.minGroupSize })
                : f.score(null)}
          </dd>
        </Fragment>
      ))}
      {data.profile && "name" in data.profile && data.profile.name ? (
        <>
          <dt>{t("quadrantTitle")}</dt>
          <dd>{t("yourProfile", { id: data.profile.id, name: tr(data.profile.name) })}</dd>
        </>
      ) : null}
    </dl>
  );
}

function StartCampaign({ organisation }: { organisation: Organisation }): ReactNode {
  const t = usePortalText();
  const f = useFormatter();
  const trpc = useTRPC();
  const ids = useId();
  const versions = useQuery(trpc.instruments.versions.queryOptions());
  const [versionId, setVersionId] = useState<string>("");
  const [name, setName] = useState(() => t("defaultName", { year: new Date().getFullYear() }));
  const refresh = useRefresh(trpc.campaigns.forOrganisation.queryFilter());
  const start = useMutation(
    trpc.campaigns.startSelf.mutationOptions({
      onSuccess: async ({ id }) => {
        await refresh();
        navigate(campaignPath(organisation, id));
      },
    }),
  );
  const published = versions.data?.filter((v) => v.published) ?? [];
  const chosen = versionId || String(published[0]?.id ?? "");
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!chosen) return;
    start.mutate({ organisationId: organisation.id, versionId: Number(chosen), name: name.trim() });
  };
  return (
    <TitledSection title={t("startTitle")} intro={t("startIntro")} className="card">
      <QueryState query={versions} />
      {versions.isSuccess && published.length === 0 ? <p>{t("noInstruments")}</p> : null}
      {published.length > 0 ? (
        <form onSubmit={submit} className="form">
          <label htmlFor={`${ids}-version`}>{t("instrument")}</label>
          <select id={`${ids}-version`} value={chosen} onChange={(e) => setVersionId(e.target.value)}>
            {published.map((v) => (
              <option key={v.id} value={v.id}>
                {v.title} · {f.date(v.createdAt)}
              </option>
            ))}
          </select>
          <label htmlFor={`${ids}-name`}>{t("campaignName")}</label>
          <input
            id={`${ids}-name`}
            value={name}
            required
            minLength={2}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
          />
          <div>
            <SubmitButton disabled={start.isPending}>{t("start")}</SubmitButton>
          </div>
          <ErrorMessage error={start.error} />
        </form>
      ) : null}
    </TitledSection>
  );
}

/** The organisation's home: the current campaign with live participation, results, earlier campaigns. */
export function HomePage({ organisation }: { organisation: Organisation }): ReactNode {
  const t = usePortalText();
  const trpc = useTRPC();
  const campaigns = useQuery(
    trpc.campaigns.forOrganisation.queryOptions({ organisationId: organisation.id }),
  );
  // Current: open, or scheduled to open (people can be invited before it opens).
  const open = campaigns.data?.filter((c) => c.status !== "closed") ?? [];
  const closed = campaigns.data?.filter((c) => c.status === "closed") ?? [];
  return (
    <>
      <PageTitle>{organisation.name}</PageTitle>
      <QueryState query={campaigns} />
      <section aria-labelledby="current-h">
        <h2 id="current-h">{t(open.length > 1 ? "currentMany" : "current")}</h2>
        {campaigns.isSuccess && open.length === 0 ? <p>{t("noCurrent")}</p> : null}
        {open.map((c) => (
          <article key={c.id} className="card campaign" aria-labelledby={`campaign-${c.id}`}>
            <h3 id={`campaign-${c.id}`}>{c.name}</h3>
            <CampaignMeta campaign={c} />
            <ParticipationTable campaignId={c.id} organisationId={organisation.id} live />
            <h4>{t("resultsTitle")}</h4>
            <ResultsSummary campaignId={c.id} organisationId={organisation.id} />
            <p className="actions">
              <Link to={campaignPath(organisation, c.id)} className="button">
                {t("invitePeople")}
                <span className="visually-hidden">: {c.name}</span>
              </Link>
              <Link to={campaignPath(organisation, c.id, "results")} className="button secondary">
                {t("viewResults")}
                <span className="visually-hidden">: {c.name}</span>
              </Link>
            </p>
          </article>
        ))}
      </section>
      <section aria-labelledby="earlier-h">
        <h2 id="earlier-h">{t("earlier")}</h2>
        {campaigns.isSuccess && closed.length === 0 ? <p>{t("noEarlier")}</p> : null}
        <ul className="campaign-list">
          {closed.map((c) => (
            <li key={c.id}>
              <Link to={campaignPath(organisation, c.id, "results")}>{c.name}</Link>
              <CampaignMeta campaign={c} />
              <ResultsSummary campaignId={c.id} organisationId={organisation.id} />
            </li>
          ))}
        </ul>
      </section>
      <StartCampaign organisation={organisation} />
    </>
  );
}
