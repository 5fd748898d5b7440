import type { Database } from "@maturo/db";
import type { Kysely } from "kysely";
import { z } from "zod";
import { newPseudonym } from "../auth/tokens.js";
import { AppError } from "../errors.js";
import { answerWriterFor } from "../services/answer-writer.js";
import { loadInstrumentVersion } from "../services/instruments.js";
import { itemsForRole, questionnaireFor } from "../services/questionnaire.js";
import {
  assertAnswerable,
  findInvitationByToken,
  linkState,
  type RespondentInvitation,
} from "../services/respondent.js";
import { storeRespondentScores } from "../services/submit.js";
import { publicProcedure, router } from "../trpc.js";

const token = z.string().trim().min(16, "token: the link is incomplete").max(200);
const locale = z.enum(["nl", "en"]);

const answerInput = z.object({
  itemId: z.string().min(1).max(100),
  /** A point 1..k, "dk" for don't know, or null to clear the answer. */
  value: z.union([z.int().min(1).max(20), z.literal("dk"), z.null()]),
  /** When the respondent answered (client clock): a save older than the stored answer is ignored. */
  at: z.iso.datetime({ offset: true }),
});

type AnswerMap = Record<string, number | "dk">;

async function readAnswers(db: Kysely<Database>, responseId: number | null): Promise<AnswerMap> {
  if (responseId === null) return {};
  const rows = await db
    .selectFrom("answers")
    .select(["item_id", "point", "dont_know"])
    .where("response_id", "=", responseId)
    .execute();
  const answers: AnswerMap = {};
  for (const row of rows) answers[row.item_id] = row.dont_know ? "dk" : (row.point ?? "dk");
  return answers;
}

/** Creates the response on the first save, and marks the invitation started. */
async function ensureResponse(
  db: Kysely<Database>,
  invitation: RespondentInvitation,
  respondentLocale: "nl" | "en",
  now: Date,
): Promise<number> {
  if (invitation.responseId !== null) return invitation.responseId;
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("responses")
      .select("id")
      .where("invitation_id", "=", invitation.invitationId)
      .executeTakeFirst();
    if (existing) return existing.id;
    const inserted = await trx
      .insertInto("responses")
      .values({
        invitation_id: invitation.invitationId,
        campaign_id: invitation.campaignId,
        organisation_id: invitation.organisationId,
        role: invitation.role,
        pseudonym: newPseudonym(),
        locale: respondentLocale,
        status: "in_progress",
        started_at: at,
        updated_at: at,
        submitted_at: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .updateTable("invitations")
      .set({ status: "started" })
      .where("id", "=", invitation.invitationId)
      .where("status", "=", "invited")
      .execute();
    return inserted.id;
  });
}

export const surveyRouter = router({
  /** Everything the questionnaire page needs, or the reason the link cannot be answered. */
  open: publicProcedure
    .input(z.object({ token, locale: locale.optional() }))
    .query(async ({ ctx, input }) => {
      const invitation = await findInvitationByToken(ctx.db, ctx.secret, input.token);
      const state = linkState(invitation, ctx.now());
      const base = {
        state,
        campaign: {
          name: invitation.campaignName,
          opensAt: invitation.opensAt,
          closesAt: invitation.closesAt,
        },
        organisation: { name: invitation.organisationName },
        role: invitation.role,
      };
      if (state !== "open") return { ...base, savedLocale: null, sections: [], answers: {} };
      const version = await loadInstrumentVersion(ctx.db, invitation.instrumentVersionId);
      // The language of the respondent's last save: another device opening the link follows it.
      const savedLocale =
        invitation.responseId === null
          ? null
          : ((
              await ctx.db
                .selectFrom("responses")
                .select("locale")
                .where("id", "=", invitation.responseId)
                .executeTakeFirst()
            )?.locale ?? null);
      const chosen = input.locale ?? savedLocale ?? "nl";
      return {
        ...base,
        locale: chosen,
        savedLocale,
        sections: questionnaireFor(version.compiled, version.snapshot, invitation.role, chosen),
        answers: await readAnswers(ctx.db, invitation.responseId),
      };
    }),

  /**
   * Saves a batch of answers. Idempotent: resending the same batch changes nothing, and an answer
   * older (by the respondent's clock) than the stored one is ignored, so retried and queued saves
   * arriving out of order never overwrite a newer answer. Returns only once the answers are durable.
   */
  save: publicProcedure
    .input(z.object({ token, locale: locale.optional(), answers: z.array(answerInput).min(1).max(200) }))
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const invitation = await findInvitationByToken(ctx.db, ctx.secret, input.token);
      assertAnswerable(invitation, now);
      const version = await loadInstrumentVersion(ctx.db, invitation.instrumentVersionId);
      const asked = itemsForRole(version.compiled, invitation.role);
      input.answers.forEach((answer, index) => {
        const item = asked.get(answer.itemId);
        if (!item) {
          throw new AppError("survey.item-not-asked", { index, itemId: answer.itemId });
        }
        if (answer.value === "dk" && !item.dontKnow) {
          throw new AppError("survey.no-dont-know", { index, itemId: answer.itemId });
        }
        if (typeof answer.value === "number" && answer.value > item.points) {
          throw new AppError("survey.point-out-of-range", {
            index,
            itemId: answer.itemId,
            points: item.points,
          });
        }
      });
      const responseId = await ensureResponse(ctx.db, invitation, input.locale ?? "nl", now);
      const savedAt = now.toISOString();
      await answerWriterFor(ctx.db).write({
        responseId,
        answers: input.answers,
        savedAt,
        locale: input.locale,
      });
      return { saved: input.answers.length, savedAt };
    }),

  /** Submits: scores are computed once, by @maturo/scoring, and stored with the response. */
  submit: publicProcedure.input(z.object({ token })).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const invitation = await findInvitationByToken(ctx.db, ctx.secret, input.token);
    assertAnswerable(invitation, now);
    if (invitation.responseId === null) throw new AppError("survey.nothing-to-submit");
    const version = await loadInstrumentVersion(ctx.db, invitation.instrumentVersionId);
    const answers = await readAnswers(ctx.db, invitation.responseId);
    const responseId = invitation.responseId;
    await ctx.db.transaction().execute(async (trx) => {
      await storeRespondentScores(trx, version.compiled, {
        responseId,
        campaignId: invitation.campaignId,
        organisationId: invitation.organisationId,
        role: invitation.role,
        answers,
      });
      await trx
        .updateTable("responses")
        .set({ status: "submitted", submitted_at: now.toISOString() })
        .where("id", "=", responseId)
        .execute();
      await trx
        .updateTable("invitations")
        .set({ status: "submitted" })
        .where("id", "=", invitation.invitationId)
        .execute();
    });
    return { state: "submitted" as const };
  }),

  /** Withdraws: the answers and scores are deleted; the link then says so. */
  withdraw: publicProcedure.input(z.object({ token })).mutation(async ({ ctx, input }) => {
    const invitation = await findInvitationByToken(ctx.db, ctx.secret, input.token);
    if (invitation.invitationStatus === "withdrawn") return { state: "withdrawn" as const };
    await ctx.db.transaction().execute(async (trx) => {
      if (invitation.responseId !== null)
        await trx.deleteFrom("responses").where("id", "=", invitation.responseId).execute();
      await trx
        .updateTable("invitations")
        .set({ status: "withdrawn" })
        .where("id", "=", invitation.invitationId)
        .execute();
    });
    return { state: "withdrawn" as const };
  }),
});
