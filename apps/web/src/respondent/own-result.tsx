import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useMessages } from "../i18n/locale.js";
import { useLocalized } from "../i18n/localized.js";
import { useFormatter } from "../i18n/use-formatter.js";
import { useTRPC } from "../lib/trpc.js";
import { ErrorMessage } from "../ui/error-message.js";
import { TitledSection } from "../ui/titled-section.js";
import { isClientError } from "./errors.js";
import { ownResultMessages } from "./own-result-messages.js";

/**
 * The respondent's own scores and profile against the reference wave, after submitting: as a table
 * with text values, shown only on the device that answered (the server refuses any other).
 */
export function OwnResult({ token }: { token: string }): ReactNode {
  const trpc = useTRPC();
  const t = useMessages(ownResultMessages);
  const f = useFormatter();
  const text = useLocalized();
  const result = useQuery({
    ...trpc.survey.ownResult.queryOptions({ token }),
    staleTime: Number.POSITIVE_INFINITY,
    retry: (count, error) => !isClientError(error) && count < 2,
  });
  let body: ReactNode;
  if (result.error) body = <ErrorMessage error={result.error} />;
  else if (result.isPending) body = <p role="status">{t("ownResultLoading")}</p>;
  else {
    const { profile, reference, nodes } = result.data;
    body = (
      <>
        <p>{t("ownResultDevice")}</p>
        {profile ? (
          <>
            <p className="rs-own-profile">
              <strong>{t("ownResultProfile", { id: profile.id, name: text(profile.name) })}</strong>
            </p>
            <p>{text(profile.description)}</p>
          </>
        ) : (
          <p>{t("ownResultNoProfile")}</p>
        )}
        <p>
          {reference
            ? t("ownResultReference", { campaign: reference.campaignName })
            : t("ownResultNoReference")}
        </p>
        <table className="rs-own-table">
          <caption>{t("ownResultCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("ownResultPart")}</th>
              <th scope="col">{t("ownResultScore")}</th>
              {reference ? <th scope="col">{t("ownResultMedian")}</th> : null}
              {reference ? <th scope="col">{t("ownResultQuartiles")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {nodes.map((node) => (
              <tr key={node.id} className={node.kind === "dimension" ? "rs-own-dimension" : undefined}>
                <th scope="row">{text(node.label) || node.id}</th>
                <td>{f.score(node.score)}</td>
                {reference ? <td>{f.score(node.reference?.median)}</td> : null}
                {reference ? (
                  <td>
                    {node.reference
                      ? t("ownResultRange", {
                          q1: f.score(node.reference.q1),
                          q3: f.score(node.reference.q3),
                        })
                      : f.score(null)}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </>
    );
  }
  return (
    <TitledSection title={t("ownResultTitle")} className="rs-own-result">
      {body}
    </TitledSection>
  );
}
