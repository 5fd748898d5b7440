import type { LocalizedText } from "@maturo/model";
import { fill } from "./fill.js";
import type { ReaderLocale } from "./format.js";
import { type ReportTextKey, reportText } from "./texts.js";

/** Instrument text in the reader's language, falling back to Dutch, then to any language given. */
export function localize(text: LocalizedText | null | undefined, locale: ReaderLocale): string {
  if (!text) return "";
  return text[locale] ?? text.nl ?? Object.values(text)[0] ?? "";
}

/** A report text with its values: how the model states a withheld reason without choosing a language. */
export interface ReportMessage {
  readonly key: ReportTextKey;
  readonly values?: Readonly<Record<string, string | number>>;
}

/** A report message in the reader's language. */
export function say(message: ReportMessage, locale: ReaderLocale): string {
  return fill(reportText[locale][message.key], message.values);
}
