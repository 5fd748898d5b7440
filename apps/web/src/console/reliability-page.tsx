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
import { labelledCodeColumn, numberColumn, SortableTable } from "./sortable-table.js";
import { WaveHeading } from "./wave-heading.js";

const text = {
  nl: {
    title: "Betrouwbaarheid: {name}",
    intro:
      "Cronbachs alfa per schaal (listwise); schalen met minder dan twee items van meer dan twee punten hebben geen alfa.",
    table: "Cronbachs alfa per schaal",
    scale: "Schaal",
    k: "Items",
    n: "N",
    alpha: "Alfa",
    standardized: "Gestandaardiseerde alfa",
    note: "Opmerking",
    fewer: "minder dan twee items",
    yesNo: "ja/nee-vragen: geen schaal, dus geen alfa",
  },
  en: {
    title: "Reliability: {name}",
    intro:
      "Cronbach's alpha per scale (listwise); scales with fewer than two items of more than two points have no alpha.",
    table: "Cronbach's alpha per scale",
    scale: "Scale",
    k: "Items",
    n: "N",
    alpha: "Alpha",
    standardized: "Standardised alpha",
    note: "Note",
    fewer: "fewer than two items",
    yesNo: "yes/no questions: not a scale, so no alpha",
  },
} as const satisfies Messages<string>;

type Scale = RouterOutputs["research"]["reliability"]["scales"][number];

export function ReliabilityPage({ campaignId }: { campaignId: number }): ReactNode {
  const t = useMessages(text);
  const { locale } = useLocale();
  const f = useFormatter();
  const trpc = useTRPC();
  const data = useQuery(trpc.research.reliability.queryOptions({ campaignId, missing: "listwise" }));
  const variables = useQuery(trpc.exports.variables.queryOptions({ campaignId }));
  const d = data.data;
  const alpha = (value: number | null): string => f.number(value, 3);
  const label = (l: unknown, fallback: string): string => localized(l, locale, fallback);
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
            variables={variables.data}
            script={(v) =>
              reliabilityRScript(
                d.provenance,
                v,
                d.scales.map((s) => ({ nodeId: s.nodeId, label: label(s.label, s.nodeId) })),
              )
            }
            scriptName={`maturo-campaign-${campaignId}-reliability.R`}
          />
          <SortableTable
            caption={t("table")}
            testId="reliability-table"
            rows={d.scales}
            rowKey={(s) => s.nodeId}
            columns={[
              labelledCodeColumn<Scale>(
                "scale",
                t("scale"),
                (s) => label(s.label, s.nodeId),
                (s) => s.nodeId,
              ),
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
                value: (s) =>
                  s.reason === "fewer than two items"
                    ? t("fewer")
                    : s.reason === "yes/no questions"
                      ? t("yesNo")
                      : s.reason,
              },
            ]}
          />
        </>
      ) : null}
    </>
  );
}
