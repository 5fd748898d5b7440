import { createSnapshot, PluginProblemsError } from "@maturo/plugin-sdk";
import { z } from "zod";
import { AppError } from "../errors.js";
import { loadInstrumentVersion } from "../services/instruments.js";
import { questionnaireFor } from "../services/questionnaire.js";
import { authedProcedure, researcherProcedure, router } from "../trpc.js";

const id = z.int().positive();

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
  versions: authedProcedure.query(async ({ ctx }) => {
    let query = ctx.db
      .selectFrom("instrument_versions")
      .select(["id", "hash", "title", "plugins", "published", "created_at as createdAt"])
      .orderBy("id", "desc");
    if (ctx.user.role === "keyuser") query = query.where("published", "=", 1);
    const rows = await query.execute();
    return rows.map((r) => ({
      ...r,
      published: r.published === 1,
      plugins: JSON.parse(r.plugins) as { id: string; version: string }[],
    }));
  }),

  /** Freezes the chosen plugins into an immutable, content-hashed instrument version. */
  freeze: researcherProcedure
    .input(
      z.object({
        title: z.string().trim().min(2).max(200),
        plugins: z.array(z.string().min(1)).min(1),
        published: z.boolean().default(true),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const chosen = input.plugins.map((pluginId, index) => {
        const plugin = ctx.plugins.plugins.find((p) => p.id === pluginId);
        if (!plugin) throw new AppError("instrument.plugin-not-installed", { index, pluginId });
        return plugin;
      });
      let snapshot: ReturnType<typeof createSnapshot>;
      try {
        snapshot = createSnapshot(chosen.map((p) => p.instrument));
      } catch (error) {
        if (error instanceof PluginProblemsError)
          throw new AppError("instrument.plugin-problems", { detail: error.message });
        throw error;
      }
      const existing = await ctx.db
        .selectFrom("instrument_versions")
        .select("id")
        .where("hash", "=", snapshot.hash)
        .executeTakeFirst();
      if (existing) return { id: existing.id, hash: snapshot.hash, created: false };
      const row = await ctx.db
        .insertInto("instrument_versions")
        .values({
          hash: snapshot.hash,
          title: input.title,
          plugins: JSON.stringify(snapshot.plugins.map((p) => ({ id: p.id, version: p.version }))),
          snapshot: JSON.stringify(snapshot),
          published: input.published ? 1 : 0,
          created_by: ctx.user.id,
          created_at: ctx.now().toISOString(),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return { id: row.id, hash: snapshot.hash, created: true };
    }),

  /** The questionnaire as a respondent of one role sees it. */
  preview: authedProcedure
    .input(
      z.object({
        versionId: id,
        role: z.enum(["director", "manager", "staff"]),
        locale: z.enum(["nl", "en"]),
      }),
    )
    .query(async ({ ctx, input }) => {
      const version = await loadInstrumentVersion(ctx.db, input.versionId);
      return {
        hash: version.hash,
        title: version.title,
        sections: questionnaireFor(version.compiled, version.snapshot, input.role, input.locale),
      };
    }),
});
