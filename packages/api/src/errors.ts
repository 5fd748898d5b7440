import {
  type AppErrorCode,
  errorTraits,
  type MessageArgs,
  type MessageCode,
  type Subject,
  wording,
} from "./messages/catalogue.js";
import type { Locale, Localized } from "./messages/localized.js";

export type { AppErrorCode, MessageCode };

/**
 * A failure the caller can act on, built from a message code of the catalogue: the status it is
 * answered with, the field it names (or the row and column of an uploaded file) and its wording in
 * Dutch and English. Never carries a stack trace to the user; `message` is the English wording.
 */
export class AppError<C extends MessageCode = MessageCode> extends Error {
  readonly code: C;
  readonly status: AppErrorCode;
  readonly field: string | null;
  readonly localized: Localized;
  constructor(code: C, ...args: MessageArgs<C>) {
    const localized = wording(code, ...args);
    super(localized.en);
    const traits = errorTraits(code, ...args);
    this.name = "AppError";
    this.code = code;
    this.status = traits.status;
    this.field = traits.field;
    this.localized = localized;
  }

  messageIn(locale: Locale): string {
    return this.localized[locale];
  }
}

export const notFound = (subject: Subject): AppError => new AppError("not-found", { subject });
