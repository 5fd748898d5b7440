import type { Locale, Localized } from "./localized.js";

/** Error codes a procedure may answer with; mapped to tRPC/HTTP codes in one place (trpc.ts). */
export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  | "PRECONDITION_FAILED"
  | "SERVICE_UNAVAILABLE";

/**
 * A failure the caller can act on: a code and a plain message, optionally naming the field (or the
 * row and column of an uploaded file). Never carries a stack trace to the user. A message a person
 * reads in the web app comes in Dutch and English; `message` is the English one.
 */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly field: string | null;
  readonly localized: Localized | null;
  constructor(code: AppErrorCode, message: string | Localized, field: string | null = null) {
    super(typeof message === "string" ? message : message.en);
    this.name = "AppError";
    this.code = code;
    this.field = field;
    this.localized = typeof message === "string" ? null : message;
  }

  messageIn(locale: Locale): string {
    return this.localized ? this.localized[locale] : this.message;
  }
}

const SUBJECTS = {
  user: { en: "user", nl: "gebruiker" },
  campaign: { en: "campaign", nl: "campagne" },
  organisation: { en: "organisation", nl: "organisatie" },
  membership: { en: "membership", nl: "lidmaatschap" },
  "account request": { en: "account request", nl: "accountaanvraag" },
  "instrument version": { en: "instrument version", nl: "vragenlijstversie" },
} as const satisfies Record<string, Localized>;

export const notFound = (what: keyof typeof SUBJECTS): AppError =>
  new AppError("NOT_FOUND", {
    en: `${SUBJECTS[what].en} not found`,
    nl: `${SUBJECTS[what].nl} niet gevonden`,
  });
export const forbidden = (
  message: Localized = { en: "you may not do this", nl: "u mag dit niet doen" },
): AppError => new AppError("FORBIDDEN", message);
