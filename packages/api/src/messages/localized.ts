/** The languages a person reads Maturo in. */
export type Locale = "nl" | "en";

/** A text in both languages. English is the API's own language (CLI, logs, tests). */
export interface Localized {
  readonly en: string;
  readonly nl: string;
}

/**
 * The language of a request: the web app says it in `x-maturo-locale`; otherwise the first language of
 * `Accept-Language` that Maturo speaks; otherwise English.
 */
export function requestLocale(
  explicit: string | null | undefined,
  acceptLanguage: string | null | undefined,
): Locale {
  if (explicit === "nl" || explicit === "en") return explicit;
  for (const part of (acceptLanguage ?? "").split(",")) {
    const tag = part.split(";")[0]?.trim().toLowerCase() ?? "";
    if (tag === "nl" || tag.startsWith("nl-")) return "nl";
    if (tag === "en" || tag.startsWith("en-")) return "en";
  }
  return "en";
}
