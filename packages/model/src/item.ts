import { z } from "zod";
import { DEFAULT_FRAMEWORK } from "./default-framework.js";
import { NodeIdSchema } from "./framework.js";
import { LocalizedTextSchema } from "./locale.js";
import { RoleSchema } from "./role.js";
import { ScaleIdSchema } from "./scale.js";

export const ItemIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'expected a kebab-case id such as "tech-it-maintenance"');
export type ItemId = z.infer<typeof ItemIdSchema>;

/** Ask the item only when the answer to another item is one of the listed points. */
export const ShowIfSchema = z.strictObject({
  item: ItemIdSchema,
  in: z.array(z.int().min(1)).min(1),
});
export type ShowIf = z.infer<typeof ShowIfSchema>;

/** Calibration data from the seed study; used by the demo generator, never by scoring. */
export const SeedRefSchema = z.strictObject({
  ref: z.string().min(1).meta({ description: "The seed item this item stands for." }),
  percentPositive: z.number().min(0).max(100),
});
export type SeedRef = z.infer<typeof SeedRefSchema>;

export const ItemSchema = z.strictObject({
  id: ItemIdSchema,
  node: NodeIdSchema.meta({
    description: 'Framework node the item scores into, e.g. "capability.efficiency".',
    examples: DEFAULT_FRAMEWORK.nodes.filter((node) => node.kind === "category").map((node) => node.id),
  }),
  scale: ScaleIdSchema,
  text: LocalizedTextSchema,
  help: LocalizedTextSchema.optional(),
  reverse: z.boolean().optional().meta({ description: "Reverse-coded: agreeing means a lower score." }),
  positiveText: LocalizedTextSchema.optional().meta({
    description:
      "Only with reverse: true. The statement phrased by its meaning, so that agreeing with it is what the item's % positive counts; reports print it instead of the negative wording.",
  }),
  roles: z
    .array(RoleSchema)
    .min(1)
    .optional()
    .meta({ description: "Roles that are asked this item; absent = every role." }),
  tags: z
    .array(
      NodeIdSchema.meta({
        examples: DEFAULT_FRAMEWORK.lenses.flatMap((lens) => lens.tags.map((tag) => tag.id)),
      }),
    )
    .optional()
    .meta({ description: 'Lens tags such as "oecd.data-driven".' }),
  showIf: ShowIfSchema.optional(),
  seed: SeedRefSchema.optional(),
});
export type Item = z.infer<typeof ItemSchema>;
