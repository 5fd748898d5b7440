import { z } from "zod";

/** A language tag such as `nl`, `en` or `fr-BE`. */
export const LocaleSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'expected a language tag such as "nl" or "en"')
  .meta({ description: 'Language tag such as "nl" or "en".' });
export type Locale = z.infer<typeof LocaleSchema>;

/** One text per locale: `{ "nl": "…", "en": "…" }`. */
export const LocalizedTextSchema = z
  .record(LocaleSchema, z.string().trim().min(1, "text must not be empty"))
  .meta({ description: 'One text per locale, e.g. { "nl": "…", "en": "…" }.' });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
