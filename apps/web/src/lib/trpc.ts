import type { AppRouter } from "@maturo/api";
import { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { createTRPCContext } from "@trpc/tanstack-react-query";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

// The session's CSRF token, learnt from auth.me / auth.login and sent with every request.
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false } },
  });
}

export function makeTrpcClient(): ReturnType<typeof createTRPCClient<AppRouter>> {
  return createTRPCClient<AppRouter>({
    // Same-origin requests carry the session cookie by default.
    // The page's language (set by the locale provider) words the server's error messages.
    links: [
      httpBatchLink({
        url: "/trpc",
        // The server refuses batches of more than 10 calls (apps/server/src/batch-limit.ts).
        maxItems: 10,
        headers: () => ({
          "x-maturo-locale": document.documentElement.lang === "en" ? "en" : "nl",
          ...(csrfToken ? { "x-csrf-token": csrfToken } : {}),
        }),
      }),
    ],
  });
}

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type Me = NonNullable<RouterOutputs["auth"]["me"]>;
