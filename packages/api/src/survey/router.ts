import { z } from "zod";
import { isoDateTime, locale } from "../shared/inputs.js";
import { publicProcedure, router } from "../trpc.js";
import { openQuestionnaire } from "./open-questionnaire.js";
import { saveAnswers } from "./save-answers.js";
import { submitResponse, withdrawResponse } from "./submit-response.js";

const token = z.string().trim().min(16).max(200);

const answerInput = z.object({
  itemId: z.string().min(1).max(100),
  /** A point 1..k, "dk" for don't know, or null to clear the answer. */
  value: z.union([z.int().min(1).max(20), z.literal("dk"), z.null()]),
  /** When the respondent answered (client clock): a save older than the stored answer is ignored. */
  at: isoDateTime,
});

export const surveyRouter = router({
  /** Everything the questionnaire page needs, or the reason the link cannot be answered. */
  open: publicProcedure
    .input(z.object({ token, locale: locale.optional() }))
    .query(({ ctx, input }) => openQuestionnaire(ctx, input)),

  /**
   * Saves a batch of answers. Idempotent: resending the same batch changes nothing, and an answer
   * older (by the respondent's clock) than the stored one is ignored, so retried and queued saves
   * arriving out of order never overwrite a newer answer. Returns only once the answers are durable.
   */
  save: publicProcedure
    .input(z.object({ token, locale: locale.optional(), answers: z.array(answerInput).min(1).max(200) }))
    .mutation(({ ctx, input }) => saveAnswers(ctx, input)),

  /** Submits: scores are computed once, by @maturo/scoring, and stored with the response. */
  submit: publicProcedure
    .input(z.object({ token }))
    .mutation(({ ctx, input }) => submitResponse(ctx, input.token)),

  /** Withdraws: the answers and scores are deleted; the link then says so. */
  withdraw: publicProcedure
    .input(z.object({ token }))
    .mutation(({ ctx, input }) => withdrawResponse(ctx, input.token)),
});
