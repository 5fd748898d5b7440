import { z } from "zod";
import { LocaleSchema, LocalizedTextSchema } from "./locale.js";

export const ScaleIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'expected a lower-case id such as "agree6"');

/**
 * An answer scale: answers are the points 1..points. `positive` lists the points that count as a
 * positive answer (for % positive). A yes/no question is a 2-point scale, 1 = no, 2 = yes, positive [2].
 */
export const ScaleSchema = z.strictObject({
  id: ScaleIdSchema,
  points: z
    .int()
    .min(2)
    .max(11)
    .meta({ description: "Number of answer points (2–11); answers are 1..points." }),
  positive: z
    .array(z.int().min(1))
    .min(1)
    .meta({ description: "Points that count as a positive answer, e.g. [5, 6] on a 6-point scale." }),
  dontKnow: z.boolean().optional().meta({ description: 'Offer a "don\'t know" answer (default false).' }),
  labels: z
    .record(LocaleSchema, z.array(z.string().trim().min(1)))
    .meta({ description: "One label per point, per locale, from point 1 upwards." }),
  dontKnowLabel: LocalizedTextSchema.optional(),
});
export type Scale = z.infer<typeof ScaleSchema>;
