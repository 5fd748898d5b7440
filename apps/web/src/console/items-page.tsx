import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useId } from "react";
import { useLocale, useMessages } from "../i18n/locale.js";
import { localized } from "../i18n/localized.js";
import type { Messages } from "../i18n/messages.js";
import { useFormatter } from "../i18n/use-formatter.js";
import { type RouterOutputs, useTRPC } from "../lib/trpc.js";
import { QueryState } from "../ui/query-state.js";
import { Provenance } from "./provenance.js";
import { descriptivesRScript } from "./r-scripts.js";
import { ScaleTable } from "./scale-table.js";
import { labelledCodeColumn, numberColumn, SortableTable } from "./sortable-table.js";
import { useConsoleText } from "./use-console-text.js";
import { WaveHeading } from "./wave-heading.js";

const text = {
  nl: {
    title: "Items en scores: {name}",
    strengths: "Sterktes (hoogste % positief)",
    challenges: "Uitdagingen (laagste % positief)",
    items: "% positief per item",
    item: "Item",
    node: "Categorie",
    n: "N geldig",
    positive: "% positief",
    scores: "Scores per categorie (0–100)",
    scale: "Schaal",
    mean: "Gemiddelde",
    sd: "SD",
    nAsked: "N gevraagd",
    median: "Mediaan",
    distribution: "Verdeling (antwoorden per punt, 1 tot k)",
    dontKnow: "% weet niet",
    reverse: "Omgekeerd gescoord",
    reverseMark: "omgekeerd",
    itemsNote:
      "Gemiddelde, SD, mediaan en verdeling gaan over de geldige antwoorden zoals gegeven (1 tot k; een omgekeerd gescoord item is niet gespiegeld); % positief telt bij een omgekeerd gescoord item de gespiegelde antwoorden. % weet niet is het aandeel van wie de vraag kreeg.",
  },
  en: {
    title: "Items and scores: {name}",
    strengths: "Strengths (highest % positive)",
    challenges: "Challenges (lowest % positive)",
    items: "% positive per item",
    item: "Item",
    node: "Category",
    n: "N valid",
    positive: "% positive",
    scores: "Scores per category (0–100)",
    scale: "Scale",
    mean: "Mean",
    sd: "SD",
    nAsked: "N asked",
    median: "Median",
    distribution: "Distribution (answers per point, 1 to k)",
    dontKnow: "% don't know",
    reverse: "Reverse-coded",
    reverseMark: "reverse",
    itemsNote:
      "Mean, SD, median and distribution describe the valid answers as given (1 to k; a reverse-coded item is not mirrored); % positive counts a reverse-coded item's mirrored answers. % don't know is the share of those asked.",
  },
} as const satisfies Messages<string>;

type Descriptives = RouterOutputs["research"]["descriptives"];
type Ranked = Descriptives["strengthsAndChallenges"]["strengths"];
type ItemRow = Descriptives["items"][number];
type NodeRow = Descriptives["nodes"][number];

/** The strengths or the challenges: items with their % positive, or a note while there are no answers. */
function RankedItems({
  title,
  testId,
  items,
  textOf,
}: {
  title: string;
  testId: string;
  items: Ranked;
  textOf: ReadonlyMap<string, string>;
}): ReactNode {
  const c = useConsoleText();
  const f = useFormatter();
  const id = useId();
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {items.length === 0 ? (
        <p data-testid={`${testId}-empty`}>{c("noAnswers")}</p>
      ) : (
        <ol data-testid={testId}>
          {items.map((s) => (
            <li key={s.itemId}>
              {textOf.get(s.itemId)} — <strong>{f.number(s.percentPositive, 0)}%</strong>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function ItemsPage({ campaignId }: { campaignId: number }): ReactNode {
  const t = useMessages(text);
  const { locale } = useLocale();
  const f = useFormatter();
  const trpc = useTRPC();
  const data = useQuery(trpc.research.descriptives.queryOptions({ campaignId }));
  const d = data.data;
  const textOf = new Map(d?.items.map((i) => [i.itemId, localized(i.text, locale, i.itemId)]));
  const labelOf = new Map(
    Object.entries(d?.labels ?? {}).map(([nodeId, label]) => [nodeId, localized(label, locale, nodeId)]),
  );
  return (
    <>
      <WaveHeading
        title={t("title", { name: d?.provenance.campaignName ?? `#${campaignId}` })}
        campaignId={campaignId}
        section="items"
      />
      <QueryState query={data} />
      {d ? (
        <>
          <Provenance
            provenance={d.provenance}
            script={{
              topic: "items",
              write: (v) =>
                descriptivesRScript(d.provenance, v, {
                  strengths: d.strengthsAndChallenges.strengths.length,
                  scoring: d.scoring,
                }),
            }}
          />
          <div className="two-columns">
            <RankedItems
              title={t("strengths")}
              testId="strengths"
              items={d.strengthsAndChallenges.strengths}
              textOf={textOf}
            />
            <RankedItems
              title={t("challenges")}
              testId="challenges"
              items={d.strengthsAndChallenges.challenges}
              textOf={textOf}
            />
          </div>
          <SortableTable
            caption={t("items")}
            testId="items-table"
            rows={d.items}
            rowKey={(i) => i.itemId}
            columns={[
              labelledCodeColumn<ItemRow>(
                "item",
                t("item"),
                (i) => textOf.get(i.itemId) ?? i.itemId,
                (i) => i.itemId,
              ),
              {
                key: "node",
                header: t("node"),
                value: (i) => (i.node ? (labelOf.get(i.node) ?? i.node) : null),
                render: (i) =>
                  i.node === null ? "—" : (labelOf.get(i.node) ?? <code className="hint">{i.node}</code>),
              },
              numberColumn<ItemRow>("n", t("n"), (i) => i.n),
              numberColumn<ItemRow>("positive", t("positive"), (i) => i.percentPositive, f.score),
              numberColumn<ItemRow>("asked", t("nAsked"), (i) => i.nAsked),
              numberColumn<ItemRow>(
                "mean",
                t("mean"),
                (i) => i.mean,
                (v) => f.number(v, 2),
              ),
              numberColumn<ItemRow>(
                "sd",
                t("sd"),
                (i) => i.sd,
                (v) => f.number(v, 2),
              ),
              numberColumn<ItemRow>(
                "median",
                t("median"),
                (i) => i.median,
                (v) => f.number(v, 1),
              ),
              {
                key: "distribution",
                header: t("distribution"),
                fixed: true,
                value: (i) => i.counts.map((c) => c.count).join("/"),
              },
              numberColumn<ItemRow>("dontknow", t("dontKnow"), (i) => i.percentDontKnow, f.score),
              {
                key: "reverse",
                header: t("reverse"),
                value: (i) => (i.reverse ? t("reverseMark") : ""),
              },
            ]}
          />
          <p className="hint">{t("itemsNote")}</p>
          <ScaleTable
            caption={t("scores")}
            testId="scores-table"
            rows={d.nodes}
            scaleHeader={t("scale")}
            label={(n) => labelOf.get(n.nodeId) ?? n.nodeId}
            columns={[
              numberColumn<NodeRow>("n", "N", (n) => n.n),
              numberColumn<NodeRow>("mean", t("mean"), (n) => n.mean, f.score),
              numberColumn<NodeRow>("sd", t("sd"), (n) => n.sd, f.score),
            ]}
          />
        </>
      ) : null}
    </>
  );
}
