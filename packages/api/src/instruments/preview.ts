import type { Role } from "@maturo/model";
import { notFound } from "../errors.js";
import type { Locale } from "../messages/localized.js";
import type { Db } from "../shared/db.js";
import { instrumentVersionState, loadInstrumentVersion } from "../shared/instrument-version.js";
import { type QuestionnaireSection, questionnaireFor } from "../shared/questionnaire.js";

/** The questionnaire of a frozen version as a respondent of one role sees it. */
export async function previewQuestionnaire(
  db: Db,
  input: { versionId: number; role: Role; locale: Locale },
  viewer: { publishedOnly: boolean },
): Promise<{ hash: string; title: string; sections: QuestionnaireSection[] }> {
  // Key users see only published versions (as in `versions`); an unpublished one answers as unknown.
  if (viewer.publishedOnly && (await instrumentVersionState(db, input.versionId))?.published !== 1)
    throw notFound("instrument version");
  const version = await loadInstrumentVersion(db, input.versionId);
  return {
    hash: version.hash,
    title: version.title,
    sections: questionnaireFor(version.compiled, version.snapshot, input.role, input.locale),
  };
}
