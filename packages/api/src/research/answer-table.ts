import { isAsked, type NormalizedItem, type Role } from "@maturo/model";
import type { Db } from "../shared/db.js";
import { submittedAnswers } from "../shared/submitted-responses.js";
import { submittedRespondents } from "./queries.js";

/** Per item, each submitted respondent's answer (a point, "dk", or null) and whether they were asked it. */
export interface AnswerTable {
  n: number;
  cells: Record<string, (number | "dk" | null)[]>;
  asked: Record<string, boolean[]>;
}

/**
 * Every submitted respondent's answers with who was asked what (the one rule, `isAsked`): an item
 * a respondent was not asked is neither valid nor missing for them (docs/architecture.md, "Scoring
 * rules"), and an answer left on an item a condition later hid does not count.
 */
export async function answerTable(
  db: Db,
  campaignId: number,
  items: readonly NormalizedItem[],
): Promise<AnswerTable> {
  const respondents = await submittedRespondents(db, campaignId);
  const index = new Map(respondents.map((r, i) => [r.responseId, i]));
  const given = respondents.map((): Record<string, number | "dk"> => ({}));
  for (const a of await submittedAnswers(db, campaignId)) {
    const i = index.get(a.responseId);
    if (i === undefined) continue;
    if (Number(a.dontKnow) === 1) (given[i] as Record<string, number | "dk">)[a.itemId] = "dk";
    else if (a.point !== null) (given[i] as Record<string, number | "dk">)[a.itemId] = Number(a.point);
  }
  const byId = new Map(items.map((item) => [item.id, item]));
  const cells: AnswerTable["cells"] = {};
  const asked: AnswerTable["asked"] = {};
  for (const item of items) {
    const flags = respondents.map((r, i) => isAsked(item, r.role as Role, given[i] ?? {}, byId));
    asked[item.id] = flags;
    cells[item.id] = respondents.map((_, i) => (flags[i] ? (given[i]?.[item.id] ?? null) : null));
  }
  return { n: respondents.length, cells, asked };
}
