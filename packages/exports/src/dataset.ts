import type { CompiledInstrument, ItemId, Locale, NodeId, Role } from "@maturo/model";

/**
 * One answer as an export sees it: the chosen point 1..k, `"dk"` (don't know), `"na"` (not asked:
 * the role is not asked the item, or its `showIf` was false) or `null` (asked, not answered).
 * An item absent from `answers` is derived: `"na"` when the respondent's role or the `showIf`
 * condition excludes it, else `null`.
 */
export type ExportAnswer = number | "dk" | "na" | null;

/** One submitted response, pseudonymised: no name, no e-mail, no token. */
export interface ExportRow {
  /** Pseudonymous respondent id, stable within the campaign (never an e-mail or a token). */
  readonly respondentId: string;
  /**
   * The organisation's stable external code (e.g. the NIS code) in an identified dataset; in a
   * pseudonymised one, its per-campaign pseudonym.
   */
  readonly organisationCode: string;
  /** Written only in an identified dataset. */
  readonly organisationName?: string | null;
  readonly province?: string | null;
  readonly sizeClass?: string | null;
  readonly role: Role;
  /**
   * ISO-8601 instant of submission; exported as UTC `YYYY-MM-DD HH:MM:SS` in an identified dataset,
   * as the date `YYYY-MM-DD` alone in a pseudonymised one.
   */
  readonly submittedAt?: string | null;
  readonly answers: Readonly<Record<ItemId, ExportAnswer>>;
  /** Stored respondent scores (0–100) by node id; null or absent = missing or not applicable. */
  readonly scores: Readonly<Record<NodeId, number | null>>;
}

/**
 * The part of a compiled instrument an export needs (a `CompiledInstrument` fits as it is); its
 * items, in questionnaire order, give the column order of every export.
 */
export type ExportInstrument = Pick<CompiledInstrument, "nodes" | "scales" | "items">;

export interface ExportCampaign {
  readonly id: string;
  readonly name: string;
  /** Content hash of the frozen instrument version the campaign was answered with. */
  readonly instrumentHash: string;
  /** ISO-8601 instant the export was made: written into every file, and the zip entries' dates. */
  readonly exportedAt: string;
  /** Optional extra provenance, e.g. the instrument version label or the framework version. */
  readonly instrumentVersion?: string | null;
}

/** Everything a research export needs; the API builds it from the database. */
export interface ExportDataset {
  readonly campaign: ExportCampaign;
  /** Language of labels (item texts, scale labels, missing-value labels). */
  readonly locale: Locale;
  readonly instrument: ExportInstrument;
  /**
   * Score columns, in this order. Default: every dimension and category node of the framework that
   * is a dimension, a child of a dimension, has items, or has a score in some row.
   */
  readonly scoreNodes?: readonly NodeId[];
  /**
   * `true` writes organisation code and name and the submission time. Default: pseudonymised — the
   * organisation column holds `organisationCode` as a pseudonym, no name, the date without the time
   * (docs/architecture.md, "Privacy").
   */
  readonly identified?: boolean;
  readonly rows: readonly ExportRow[];
}
