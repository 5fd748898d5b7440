import type { AppRouter } from "@maturo/api";
import type { QueryClient } from "@tanstack/react-query";
import type { TRPCClient } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { initialLocale } from "../i18n/locale.js";
import { matchPath } from "../lib/router.js";

/**
 * On a personal link (/s/:token), asks for the questionnaire as soon as the entry chunk runs, while
 * the respondent chunk is still on its way (s.html preloads it), instead of one round trip after
 * it. The query is the one RespondentApp reads (same procedure, token and starting language), so it
 * finds the answer in the cache or in flight. Only the respondent's own link asks: nothing of the
 * answers is in the HTML.
 */
export function prefetchSurvey(path: string, queryClient: QueryClient, client: TRPCClient<AppRouter>): void {
  const survey = matchPath("/s/:token", path);
  if (!survey?.token) return;
  const trpc = createTRPCOptionsProxy<AppRouter>({ client, queryClient });
  void queryClient.prefetchQuery({
    ...trpc.survey.open.queryOptions({ token: survey.token, locale: initialLocale() }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
