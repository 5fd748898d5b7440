import { z } from "zod";
import { isoDateTime, locale } from "../shared/inputs.js";
import { publicProcedure, router } from "../trpc.js";
import { openQuestionnaire } from "./open-questionnaire.js";
import { ownResult } from "./own-result.js";
import { resumeWithCode, startAgain } from "./resume-response.js";
import { saveAnswers } from "./save-answers.js";
import { submitResponse, withdrawResponse } from "./submit-response.js";

const token = z.string().trim().min(16).max(200);

const answerInput = z.object({
  itemId: z.string().min(1).max(100),
  /** A point 1..k, "dk" for don't know, or null to clear the answer. */
  value: z.union([z.int().min(1).max(20), z.literal("dk"), z.null()]),
  /**
   * When the respondent answered (client clock; a time more than 5 minutes ahead of the server's is
   * replaced by the server's): a save older than the stored answer or clear is stale.
   */
  at: isoDateTime,
});

/**
 * What a save takes: the procedure's input, and what the server's direct autosave route parses
 * before it calls the same use case (apps/server/src/save-route.ts).
 */
export const saveInput = z.object({
  token,
  locale: locale.optional(),
  answers: z.array(answerInput).min(1).max(200),
});

export const surveyRouter = router({
  /** Everything the questionnaire page needs, or the reason the link cannot be answered. */
  open: publicProcedure
    .input(z.object({ token, locale: locale.optional() }))
    .query(({ ctx, input }) => openQuestionnaire(ctx, input)),

  /**
   * Saves a batch of answers. Idempotent: resending the same batch changes nothing, and an answer
   * older (by the respondent's clock) than the stored one is stale, so retried and queued saves
   * arriving out of order never overwrite a newer answer. Returns only once the answers are durable,
   * with per answer whether it was applied. Refused from a device that is not the respondent's once
   * answers exist.
   */
  save: publicProcedure.input(saveInput).mutation(({ ctx, input }) => saveAnswers(ctx, input)),

  /** Submits: scores are computed once, by @maturo/scoring, and stored with the response. */
  submit: publicProcedure
    .input(z.object({ token }))
    .mutation(({ ctx, input }) => submitResponse(ctx, input.token)),

  /** Withdraws: the answers and scores are deleted; the link then says so. */
  withdraw: publicProcedure
    .input(z.object({ token }))
    .mutation(({ ctx, input }) => withdrawResponse(ctx, input.token)),

  /**
   * The respondent's own scores and profile against the reference wave, once submitted, only on the
   * device that answered (or one bound with the resume code).
   */
  ownResult: publicProcedure
    .input(z.object({ token }))
    .query(({ ctx, input }) => ownResult(ctx, input.token)),

  /** Binds this device to the answers given elsewhere, with the resume code shown at the first save. */
  resume: publicProcedure
    .input(z.object({ token, code: z.string().trim().min(4).max(40) }))
    .mutation(({ ctx, input }) => resumeWithCode(ctx, input)),

  /** Discards answers in progress given elsewhere, for a respondent who lost device and code. */
  restart: publicProcedure
    .input(z.object({ token }))
    .mutation(({ ctx, input }) => startAgain(ctx, input.token)),
});
