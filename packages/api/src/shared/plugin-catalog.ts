import { type LoadedPlugin, loadPlugin } from "@maturo/plugin-sdk";

/** The plugins this server is configured with (a config file lists package names or folders). */
export interface PluginCatalog {
  readonly plugins: readonly LoadedPlugin[];
}

/** The four seed plugins, by package name. */
export const DEFAULT_PLUGINS: readonly string[] = [
  "@maturo/plugin-organisation",
  "@maturo/plugin-users",
  "@maturo/plugin-technology",
  "@maturo/plugin-context",
];

export class PluginConfigError extends Error {
  readonly code = "PLUGIN_CONFIG";
}

/**
 * Loads and validates every configured plugin (package names resolve from `cwd`, folders relative
 * to it). Any problem stops the server with every reason listed, rather than serving half a catalog.
 */
export async function loadPluginCatalog(specifiers: readonly string[], cwd: string): Promise<PluginCatalog> {
  const plugins: LoadedPlugin[] = [];
  const problems: string[] = [];
  for (const specifier of specifiers) {
    const result = await loadPlugin(specifier, { cwd });
    if (result.ok) plugins.push(result.plugin);
    else problems.push(...result.problems.map((p) => `${specifier}: ${p.path}: ${p.message}`));
  }
  if (problems.length > 0)
    throw new PluginConfigError(`plugins could not be loaded:\n${problems.join("\n")}`);
  return { plugins };
}
