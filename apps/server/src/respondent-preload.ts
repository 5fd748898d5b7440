import { requestLocale } from "@maturo/api";

/**
 * The questionnaire request a personal link's page (/s/:token) makes first, for a
 * `<link rel="preload" as="fetch">` in its HTML: the browser then asks for it together with the
 * code instead of a round trip after the code has run. The URL must be the one
 * apps/web/src/respondent/prefetch-survey.ts fetches — the plain (unbatched) tRPC GET of
 * survey.open with {token, locale} — and the language the one the page starts in (the
 * browser's); should the page start in another (a language chosen earlier in this browser), the
 * preload is merely unused. The HTML carries no answers, only this URL.
 */
export function surveyPreloadUrl(pathname: string, acceptLanguage: string | undefined): string | null {
  const match = /^\/s\/([^/]+)\/?$/.exec(pathname);
  if (!match?.[1]) return null;
  const input = { token: match[1], locale: requestLocale(null, acceptLanguage) };
  return `/trpc/survey.open?input=${encodeURIComponent(JSON.stringify(input))}`;
}
