import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Page } from "../app.js";
import { useLocale } from "../i18n/locale.js";
import { useTRPC } from "../lib/trpc.js";

/** The questionnaire behind a personal link. */
export function RespondentApp({ token }: { token: string }): ReactNode {
  const trpc = useTRPC();
  const { locale } = useLocale();
  const survey = useQuery(trpc.survey.open.queryOptions({ token, locale }));
  return (
    <Page>
      <h1>{survey.data?.campaign.name ?? "Maturo"}</h1>
      {survey.data ? <p>{survey.data.organisation.name}</p> : null}
    </Page>
  );
}
