import type { AppRouter } from "@maturo/api";
import { createTRPCClient, httpLink } from "@trpc/client";

/** A real tRPC client over HTTP that keeps cookies like a browser and sends the CSRF token. */
export function browserLikeClient(baseUrl: string): {
  client: ReturnType<typeof createTRPCClient<AppRouter>>;
  cookies: Map<string, string>;
  setCsrf(token: string | null): void;
} {
  const cookies = new Map<string, string>();
  let csrf: string | null = null;
  const client = createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${baseUrl}/trpc`,
        headers: () => ({
          ...(cookies.size
            ? { cookie: [...cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("; ") }
            : {}),
          ...(csrf ? { "x-csrf-token": csrf } : {}),
        }),
        fetch: async (input, init) => {
          const response = await fetch(input, init as RequestInit);
          for (const header of response.headers.getSetCookie()) {
            const [pair] = header.split(";");
            const [name, ...value] = (pair ?? "").split("=");
            if (!name) continue;
            const decoded = decodeURIComponent(value.join("="));
            if (/Max-Age=0/i.test(header) || decoded === "") cookies.delete(name.trim());
            else cookies.set(name.trim(), decoded);
          }
          return response;
        },
      }),
    ],
  });
  return { client, cookies, setCsrf: (token) => (csrf = token) };
}
