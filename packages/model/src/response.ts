import { z } from "zod";
import { ItemIdSchema } from "./item.js";
import { LocaleSchema } from "./locale.js";
import { RoleSchema } from "./role.js";

/** A chosen point (1..k) or `"dk"` for "don't know". Unanswered items are absent. */
export const AnswerValueSchema = z.union([z.int().min(1), z.literal("dk")]);
export type AnswerValue = z.infer<typeof AnswerValueSchema>;

export const ResponseSchema = z.strictObject({
  respondentId: z.string().min(1),
  organisationId: z.string().min(1),
  role: RoleSchema,
  locale: LocaleSchema.optional(),
  answers: z.record(ItemIdSchema, AnswerValueSchema),
});
export type Response = z.infer<typeof ResponseSchema>;
