import type { Role } from "@maturo/model";
import type { Context } from "../context.js";
import { loadInstrumentVersion } from "../shared/instrument-version.js";
import { type QuestionnaireSection, questionnaireFor } from "../shared/questionnaire.js";
import { deviceKeyOf } from "./device-key.js";
import { findInvitationByToken, type LinkState, linkState } from "./link-state.js";
import { type AnswerMap, readAnswers, responseLocale } from "./queries.js";
import { respondentProof } from "./respondent-proof.js";

interface LinkSummary {
  state: LinkState;
  campaign: { name: string; opensAt: string; closesAt: string | null };
  organisation: { name: string };
  role: Role;
}

/** What a link shows: only the summary while it cannot be answered, the questionnaire when it can. */
export type OpenedQuestionnaire =
  | (LinkSummary & {
      savedLocale: null;
      sections: never[];
      answers: Record<string, never>;
      answersElsewhere: false;
    })
  | (LinkSummary & {
      locale: "nl" | "en";
      savedLocale: "nl" | "en" | null;
      sections: QuestionnaireSection[];
      answers: AnswerMap;
      /** Answers exist but were given on another device: none are shown until the respondent proves it is them. */
      answersElsewhere: boolean;
    });

/**
 * Everything the questionnaire page needs, or the reason the link cannot be answered. Stored answers
 * are shown only to a device bound to the response.
 */
export async function openQuestionnaire(
  ctx: Pick<Context, "db" | "secret" | "now" | "cookies">,
  input: { token: string; locale?: "nl" | "en" | undefined },
): Promise<OpenedQuestionnaire> {
  const invitation = await findInvitationByToken(ctx.db, ctx.secret, input.token);
  const state = linkState(invitation, ctx.now());
  const base = {
    state,
    campaign: { name: invitation.campaignName, opensAt: invitation.opensAt, closesAt: invitation.closesAt },
    organisation: { name: invitation.organisationName },
    role: invitation.role,
  };
  if (state !== "open")
    return { ...base, savedLocale: null, sections: [], answers: {}, answersElsewhere: false };
  const version = await loadInstrumentVersion(
    ctx.db,
    invitation.instrumentVersionId,
    invitation.instrumentHash,
  );
  // The language of the respondent's last save: another device opening the link follows it.
  const savedLocale =
    invitation.responseId === null ? null : await responseLocale(ctx.db, invitation.responseId);
  const chosen = input.locale ?? savedLocale ?? "nl";
  // Issued now, so this device's first save already carries its key (docs/decisions.md, "Links are
  // for answering, not for reading").
  deviceKeyOf(ctx);
  const proof = await respondentProof(ctx, invitation.responseId);
  return {
    ...base,
    locale: chosen,
    savedLocale,
    sections: questionnaireFor(version.compiled, version.snapshot, invitation.role, chosen),
    answers: proof === "none" ? {} : await readAnswers(ctx.db, invitation.responseId),
    answersElsewhere: proof === "none",
  };
}
