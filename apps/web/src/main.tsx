import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.js";
import { LocaleProvider } from "./i18n/locale.js";
import { makeQueryClient, makeTrpcClient, TRPCProvider } from "./lib/trpc.js";
import { prefetchSurvey } from "./respondent/prefetch-survey.js";
import "./styles.css";

const queryClient = makeQueryClient();
const trpcClient = makeTrpcClient();
prefetchSurvey(globalThis.location.pathname, queryClient, trpcClient);
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <LocaleProvider>
          <App />
        </LocaleProvider>
      </TRPCProvider>
    </QueryClientProvider>
  </StrictMode>,
);
