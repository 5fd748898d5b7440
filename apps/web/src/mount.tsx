import { QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { LocaleProvider } from "./i18n/locale.js";
import { makeQueryClient, makeTrpcClient, TRPCProvider } from "./lib/trpc.js";
import { prefetchSurvey } from "./respondent/prefetch-survey.js";
import "./styles.css";

/**
 * Starts a page: the query and tRPC clients, the questionnaire's request on a personal link, and
 * `app` rendered into #root under the providers every page needs. Shared by the whole app's entry
 * (main.tsx) and the respondent page's inlined entry (respondent/main.tsx).
 */
export function mount(app: ReactNode): void {
  const queryClient = makeQueryClient();
  const trpcClient = makeTrpcClient();
  prefetchSurvey(globalThis.location.pathname, queryClient, trpcClient);
  const root = document.getElementById("root");
  if (!root) throw new Error("index.html has no #root element");

  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <LocaleProvider>{app}</LocaleProvider>
        </TRPCProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
