import { z } from "zod";
import { ItemSchema } from "./item.js";
import { LocalizedTextSchema } from "./locale.js";

export const SectionSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a lower-case id such as "infrastructure"'),
  title: LocalizedTextSchema,
  intro: LocalizedTextSchema.optional(),
  items: z.array(ItemSchema).min(1, "a section needs at least one item"),
});
export type Section = z.infer<typeof SectionSchema>;
