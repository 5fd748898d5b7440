import type { Instrument } from "@maturo/model";
import { checkPlugins, formatProblem, type LoadedPlugin, loadPlugin } from "@maturo/plugin-sdk";
import { CliError } from "../cli-error.js";
import type { CliIo } from "../io.js";

/**
 * Load plugin folders (or package names) for a `plugin …` command. Warnings go to stderr; every
 * problem of every plugin, and of the plugins used together, becomes one CliError (exit 1).
 */
export async function loadPluginsOrFail(specifiers: readonly string[], io: CliIo): Promise<LoadedPlugin[]> {
  if (specifiers.length === 0) throw new CliError("missing-argument", "missing the plugin folder (DIR)");
  const several = specifiers.length > 1;
  const lines: string[] = [];
  const plugins: LoadedPlugin[] = [];
  for (const specifier of specifiers) {
    const result = await loadPlugin(specifier, { cwd: io.cwd });
    for (const warning of result.warnings)
      io.stderr(`warning: ${several ? `${specifier}: ` : ""}${warning}\n`);
    if (result.ok) plugins.push(result.plugin);
    else
      lines.push(
        ...result.problems.map((problem) => `${several ? `${specifier}: ` : ""}${formatProblem(problem)}`),
      );
  }
  if (lines.length === 0 && several) {
    const instruments: Instrument[] = plugins.map((plugin) => plugin.instrument);
    lines.push(...checkPlugins(instruments).map(formatProblem));
  }
  if (lines.length > 0) throw new CliError("invalid-plugin", lines);
  return plugins;
}
