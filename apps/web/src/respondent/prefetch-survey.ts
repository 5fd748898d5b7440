import type { AppRouter } from "@maturo/api";
import type { QueryClient } from "@tanstack/react-query";
import type { TRPCClient } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { initialLocale } from "../i18n/locale.js";
import { matchPath } from "../lib/router.js";
import type { OpenSurvey } from "./types.js";

/**
 * On a personal link (/s/:token), asks for the questionnaire as soon as the entry chunk runs,
 * while the respondent chunk is still on its way, instead of one round trip after it. The request
 * is the plain tRPC GET the server preloads from the page's HTML (apps/server/src/respondent-preload.ts
 * builds the same URL), so the browser usually has it already; when that fails, the tRPC client
 * asks again. The result lands under the query RespondentApp reads (same procedure, token and
 * starting language). Nothing of the answers is in the HTML.
 */
export function prefetchSurvey(path: string, queryClient: QueryClient, client: TRPCClient<AppRouter>): void {
  const survey = matchPath("/s/:token", path);
  if (!survey?.token) return;
  const input = { token: survey.token, locale: initialLocale() };
  const trpc = createTRPCOptionsProxy<AppRouter>({ client, queryClient });
  const preloaded = async (): Promise<OpenSurvey> => {
    const response = await fetch(`/trpc/survey.open?input=${encodeURIComponent(JSON.stringify(input))}`);
    const body = (await response.json()) as { result?: { data?: OpenSurvey } };
    if (!response.ok || body.result?.data === undefined) throw new Error("survey.open failed");
    return body.result.data;
  };
  void queryClient.prefetchQuery({
    queryKey: trpc.survey.open.queryKey(input),
    queryFn: () => preloaded().catch(() => client.survey.open.query(input)),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
