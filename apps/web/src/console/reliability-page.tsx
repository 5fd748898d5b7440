import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useLocale, useMessages } from "../i18n/locale.js";
import { localized } from "../i18n/localized.js";
import type { Messages } from "../i18n/messages.js";
import { useFormatter } from "../i18n/use-formatter.js";
import { type RouterOutputs, useTRPC } from "../lib/trpc.js";
import { QueryState } from "../ui/query-state.js";
import { Provenance } from "./provenance.js";
import { reliabilityRScript } from "./r-scripts.js";
import { ScaleTable } from "./scale-table.js";
import { numberColumn } from "./sortable-table.js";
import { WaveHeading } from "./wave-heading.js";

const text = {
  nl: {
    title: "Betrouwbaarheid: {name}",
    intro:
      "Cronbachs alfa per schaal (listwise), met de N waarop ze rust; schalen met minder dan twee items van meer dan twee punten hebben geen alfa.",
    table: "Cronbachs alfa per schaal",
    scale: "Schaal",
    k: "Items",
    n: "N",
    alpha: "Alfa",
    standardized: "Gestandaardiseerde alfa",
    note: "Opmerking",
    conditionalTable: "Cronbachs alfa met de voorwaardelijke items",
    conditionalIntro:
      "Wie een item niet gevraagd kreeg (door zijn rol of een filtervraag), ontbreekt er niet op. De tabel hierboven rekent daarom over de items die elke respondent van de schaal kreeg (grootste N); hieronder staat alfa mét de voorwaardelijke items, over de respondenten die ze kregen.",
  },
  en: {
    title: "Reliability: {name}",
    intro:
      "Cronbach's alpha per scale (listwise), with the N it rests on; scales with fewer than two items of more than two points have no alpha.",
    table: "Cronbach's alpha per scale",
    scale: "Scale",
    k: "Items",
    n: "N",
    alpha: "Alpha",
    standardized: "Standardised alpha",
    note: "Note",
    conditionalTable: "Cronbach's alpha with the conditional items",
    conditionalIntro:
      "Whoever was not asked an item (because of their role or a filter question) is not missing on it. The table above therefore covers the items every respondent of the scale was asked (largest N); below is alpha with the conditional items, over the respondents asked them.",
  },
} as const satisfies Messages<string>;

type Scale = RouterOutputs["research"]["reliability"]["scales"][number];
type Figure = NonNullable<Scale["withConditional"]>;
type ConditionalRow = Figure & { nodeId: string; label: Scale["label"] };

export function ReliabilityPage({ campaignId }: { campaignId: number }): ReactNode {
  const t = useMessages(text);
  const { locale } = useLocale();
  const f = useFormatter();
  const trpc = useTRPC();
  const data = useQuery(trpc.research.reliability.queryOptions({ campaignId, missing: "listwise" }));
  const d = data.data;
  const alpha = (value: number | null): string => f.number(value, 3);
  const label = (l: unknown, fallback: string): string => localized(l, locale, fallback);
  const conditional: ConditionalRow[] = (d?.scales ?? []).flatMap((s) =>
    s.withConditional ? [{ ...s.withConditional, nodeId: s.nodeId, label: s.label }] : [],
  );
  return (
    <>
      <WaveHeading
        title={t("title", { name: d?.provenance.campaignName ?? `#${campaignId}` })}
        campaignId={campaignId}
        section="reliability"
      />
      <p>{t("intro")}</p>
      <QueryState query={data} />
      {d ? (
        <>
          <Provenance
            provenance={d.provenance}
            script={{
              topic: "reliability",
              write: (v) =>
                reliabilityRScript(
                  d.provenance,
                  v,
                  d.scales.map((s) => ({
                    nodeId: s.nodeId,
                    label: label(s.label, s.nodeId),
                    core: s.core?.itemIds ?? null,
                    withConditional: s.withConditional?.itemIds ?? null,
                  })),
                ),
            }}
          />
          <ScaleTable
            caption={t("table")}
            testId="reliability-table"
            rows={d.scales}
            scaleHeader={t("scale")}
            label={(s) => label(s.label, s.nodeId)}
            columns={[
              numberColumn<Scale>("k", t("k"), (s) => s.k),
              numberColumn<Scale>("n", t("n"), (s) => ("n" in s ? (s.n ?? null) : null)),
              numberColumn<Scale>("alpha", t("alpha"), (s) => s.alpha, alpha),
              numberColumn<Scale>(
                "std",
                t("standardized"),
                (s) => ("standardizedAlpha" in s ? (s.standardizedAlpha ?? null) : null),
                alpha,
              ),
              {
                key: "note",
                header: t("note"),
                value: (s) => s.reason ?? (s.withConditional ? (s.core?.basis ?? null) : null),
              },
            ]}
          />
          {conditional.length > 0 ? (
            <>
              <p>{t("conditionalIntro")}</p>
              <ScaleTable
                caption={t("conditionalTable")}
                testId="reliability-conditional-table"
                rows={conditional}
                scaleHeader={t("scale")}
                label={(s) => label(s.label, s.nodeId)}
                columns={[
                  numberColumn<ConditionalRow>("k", t("k"), (s) => s.k),
                  numberColumn<ConditionalRow>("n", t("n"), (s) => s.n),
                  numberColumn<ConditionalRow>("alpha", t("alpha"), (s) => s.alpha, alpha),
                  numberColumn<ConditionalRow>("std", t("standardized"), (s) => s.standardizedAlpha, alpha),
                  { key: "note", header: t("note"), value: (s) => s.basis },
                ]}
              />
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}
