import type { ExportAnswer, ExportDataset, ExportRow } from "@maturo/exports";
import { isAsked, type Locale } from "@maturo/model";
import { findCampaign } from "../shared/campaign-access.js";
import type { Db } from "../shared/db.js";
import { loadInstrumentVersion } from "../shared/instrument-version.js";
import { submittedAnswers, submittedScores } from "../shared/submitted-responses.js";
import { coarsenStrata } from "./coarsen-strata.js";
import { organisationPseudonym } from "./organisation-pseudonym.js";
import {
  campaignPseudonymKey,
  type ExportedResponse,
  submittedResponsesWithOrganisation,
} from "./queries.js";

export interface BuildExportOptions {
  locale: Locale;
  /** The instant written into every file as the export date. */
  exportedAt: Date;
  /**
   * Organisation code and name and the submission time; only for a researcher the admin allowed
   * (checked by the caller). Default: pseudonymised.
   */
  identified?: boolean;
}

/**
 * The organisation fields of a pseudonymised export (docs/decisions.md, "Pseudonymised research
 * exports"): the campaign's pseudonym instead of code and name, province × size class coarsened.
 */
async function pseudonymised(
  db: Db,
  campaignId: number,
  responses: ExportedResponse[],
): Promise<ExportedResponse[]> {
  const key = await campaignPseudonymKey(db, campaignId);
  const coarse = coarsenStrata(responses);
  return coarse.map((r) => ({ ...r, code: organisationPseudonym(key, r.organisationId), name: "" }));
}

/** File names of a campaign's export: the campaign id makes them unique per campaign. */
export function exportBaseNameFor(campaignId: number): string {
  return `maturo-campaign-${campaignId}`;
}

/**
 * The research export of one campaign, read from the database: one row per **submitted** response,
 * identified only by its random pseudonym (never an e-mail address or a token), with the
 * organisation's pseudonym (or, identified, code and name), province and size class, the answers as stored ("don't know" kept
 * apart; unanswered and not-asked left for @maturo/exports to derive from role and `showIf`) and the
 * scores stored at submission — nothing is re-scored here.
 */
export async function buildExportDataset(
  db: Db,
  campaignId: number,
  options: BuildExportOptions,
): Promise<ExportDataset> {
  const campaign = await findCampaign(db, campaignId);
  const version = await loadInstrumentVersion(db, campaign.instrument_version_id);
  const identified = options.identified === true;
  const stored = await submittedResponsesWithOrganisation(db, campaignId);
  const responses = identified ? stored : await pseudonymised(db, campaignId, stored);
  const answers = await submittedAnswers(db, campaignId);
  const scores = await submittedScores(db, campaignId);

  const items = new Map(version.compiled.items.map((item) => [item.id, item]));
  const nodes = new Set(version.compiled.nodes.map((node) => node.id));
  const answersOf = new Map<number, Record<string, ExportAnswer>>();
  const scoresOf = new Map<number, Record<string, number | null>>();
  for (const a of answers) {
    // Answers to items outside the frozen version cannot come from its questionnaire; leave them out.
    if (!items.has(a.itemId)) continue;
    const row = answersOf.get(a.responseId) ?? {};
    row[a.itemId] = Number(a.dontKnow) === 1 ? "dk" : a.point === null ? null : Number(a.point);
    answersOf.set(a.responseId, row);
  }
  for (const s of scores) {
    if (!nodes.has(s.nodeId)) continue;
    const row = scoresOf.get(s.responseId) ?? {};
    row[s.nodeId] = s.score === null ? null : Number(s.score);
    scoresOf.set(s.responseId, row);
  }

  const rows: ExportRow[] = responses.map((r) => {
    const given = answersOf.get(r.id) ?? {};
    const resolved: Record<string, ExportAnswer> = {};
    for (const [itemId, value] of Object.entries(given)) {
      const item = items.get(itemId);
      if (!item) continue;
      // An answer kept from before a role or condition excluded the item was not part of the
      // submitted questionnaire (scoring ignores it too): export it as not asked.
      resolved[itemId] = isAsked(item, r.role, given, items) ? value : "na";
    }
    return {
      respondentId: r.pseudonym,
      organisationCode: r.code,
      ...(identified ? { organisationName: r.name } : {}),
      province: r.province,
      sizeClass: r.sizeClass,
      role: r.role,
      submittedAt: r.submittedAt,
      answers: resolved,
      scores: scoresOf.get(r.id) ?? {},
    };
  });

  return {
    campaign: {
      id: String(campaign.id),
      name: campaign.name,
      instrumentHash: version.hash,
      instrumentVersion: version.title,
      exportedAt: options.exportedAt.toISOString(),
    },
    locale: options.locale,
    identified,
    instrument: version.compiled,
    rows,
  };
}
