import type { LocalizedText } from "@maturo/model";
import { type Formatter, type ReaderLocale, type ReportMessage, type reportText, say } from "@maturo/report";
import type { TaggedDocument } from "./tagged-document.js";

/** What every part of the PDF renders with: the document, the texts, the one formatter. */
export interface RenderContext {
  readonly doc: TaggedDocument;
  readonly t: (typeof reportText)[ReaderLocale];
  readonly f: Formatter;
  readonly locale: ReaderLocale;
  /** Instrument text in the reader's language. */
  readonly tr: (text: LocalizedText | null | undefined) => string;
  /** A withheld reason in the reader's language. */
  readonly say: (message: ReportMessage) => string;
}

/** A row label as the tables and charts write it: a category indented under its dimension with a dash. */
export function rowLabel(
  context: RenderContext,
  row: { readonly label: LocalizedText; readonly dimension: boolean },
): string {
  return row.dimension ? context.tr(row.label) : `– ${context.tr(row.label)}`;
}

/** The distinct reasons of the withheld rows, each once, so the reader learns why. */
export function reasons(
  context: RenderContext,
  rows: readonly { readonly withheld: ReportMessage | null }[],
): string[] {
  return [...new Set(rows.flatMap((row) => (row.withheld ? [say(row.withheld, context.locale)] : [])))];
}
