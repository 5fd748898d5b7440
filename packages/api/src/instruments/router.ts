import { z } from "zod";
import { audited } from "../procedures/audited.js";
import { id, locale, role } from "../shared/inputs.js";
import { authedProcedure, researcherProcedure, router } from "../trpc.js";
import { freezeInstrument } from "./freeze-instrument.js";
import { previewQuestionnaire } from "./preview.js";
import { instrumentVersions } from "./queries.js";

export const instrumentsRouter = router({
  /** The plugins this server is configured with. */
  plugins: researcherProcedure.query(({ ctx }) =>
    ctx.plugins.plugins.map((p) => ({
      id: p.id,
      version: p.version,
      hash: p.hash,
      title: p.instrument.title,
      items: p.instrument.sections.reduce((n, s) => n + s.items.length, 0),
    })),
  ),

  /** Frozen instrument versions; key users see the published ones they may start a campaign from. */
  versions: authedProcedure.query(({ ctx: { db, user } }) => instrumentVersions(db, user.role === "keyuser")),

  /** Freezes the chosen plugins into an immutable, content-hashed instrument version. */
  freeze: researcherProcedure
    .input(
      z.object({
        title: z.string().trim().min(2).max(200),
        plugins: z.array(z.string().min(1)).min(1),
        published: z.boolean().default(true),
      }),
    )
    .use(
      audited(
        "instrument.freeze",
        (input: { published: boolean }, output: { id: number; hash: string; created: boolean }) =>
          output.created
            ? { detail: { versionId: output.id, hash: output.hash, published: input.published } }
            : null,
      ),
    )
    .mutation(({ ctx, input }) => freezeInstrument(ctx, input)),

  /** The questionnaire as a respondent of one role sees it. */
  preview: authedProcedure
    .input(z.object({ versionId: id, role, locale }))
    .query(({ ctx: { db, user }, input }) =>
      previewQuestionnaire(db, input, { publishedOnly: user.role === "keyuser" }),
    ),
});
