import { createSnapshot, PluginProblemsError } from "@maturo/plugin-sdk";
import type { SessionUser } from "../auth/sessions.js";
import type { Context } from "../context.js";
import { AppError } from "../errors.js";
import { insertInstrumentVersion, versionIdByHash } from "./queries.js";

/** Freezes the chosen plugins into an immutable, content-hashed instrument version (once per content). */
export async function freezeInstrument(
  ctx: Pick<Context, "db" | "now" | "plugins"> & { user: SessionUser },
  input: { title: string; plugins: string[]; published: boolean },
): Promise<{ id: number; hash: string; created: boolean }> {
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
  const existing = await versionIdByHash(ctx.db, snapshot.hash);
  if (existing !== undefined) return { id: existing, hash: snapshot.hash, created: false };
  const id = await insertInstrumentVersion(ctx.db, {
    hash: snapshot.hash,
    title: input.title,
    plugins: snapshot.plugins.map((p) => ({ id: p.id, version: p.version })),
    snapshot,
    published: input.published,
    createdBy: ctx.user.id,
    createdAt: ctx.now().toISOString(),
  });
  return { id, hash: snapshot.hash, created: true };
}
