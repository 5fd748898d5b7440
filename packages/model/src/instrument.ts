import { z } from "zod";
import { LocaleSchema, LocalizedTextSchema } from "./locale.js";
import { ScaleSchema } from "./scale.js";
import { SectionSchema } from "./section.js";

/** The plugin contract version this model describes. */
export const API_VERSION = 1;

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

/** The content of a plugin's `instrument.json`. */
export const InstrumentSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a lower-case id such as "technology"'),
    version: z.string().regex(SEMVER, 'expected a semantic version such as "1.0.0"'),
    apiVersion: z.literal(API_VERSION, { error: `expected contract version ${API_VERSION}` }),
    locales: z.array(LocaleSchema).min(1),
    title: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    scales: z.array(ScaleSchema).min(1),
    sections: z.array(SectionSchema).min(1),
  })
  .meta({
    title: "Maturo instrument",
    description: "A questionnaire plugin's instrument.json (contract version 1).",
  });
export type Instrument = z.infer<typeof InstrumentSchema>;
/** What an `instrument.json` may contain before parsing (identical here: no defaults are applied). */
export type InstrumentInput = z.input<typeof InstrumentSchema>;
