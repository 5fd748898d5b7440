import { checkPlugins, formatProblem, type LoadedPlugin, loadPlugin } from "@maturo/plugin-sdk";

/** The plugins this server is configured with (a config file lists package names or folders). */
export interface PluginCatalog {
  readonly plugins: readonly LoadedPlugin[];
  /** What loads but deserves a look (an unbuilt entry, texts shown in a fallback locale). */
  readonly warnings?: readonly string[];
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
 * Loads and validates every configured plugin (package names resolve from `cwd`, the server's
 * installation; folders relative to it unless absolute), then checks them together (plugin ids,
 * item ids, locales) — at every start, so a server never listens with plugins that cannot be frozen
 * into one instrument. Any problem stops the server with every reason and its fix listed.
 */
export async function loadPluginCatalog(specifiers: readonly string[], cwd: string): Promise<PluginCatalog> {
  const plugins: LoadedPlugin[] = [];
  const problems: string[] = [];
  const warnings: string[] = [];
  for (const specifier of specifiers) {
    const result = await loadPlugin(specifier, { cwd });
    warnings.push(...result.warnings.map((warning) => `${specifier}: ${warning}`));
    if (result.ok) plugins.push(result.plugin);
    else problems.push(...result.problems.map((p) => `${specifier}: ${p.path}: ${p.message}`));
  }
  if (problems.length > 0) {
    throw new PluginConfigError(
      `plugins could not be loaded (fix each plugin, or remove it from the plugin list):\n${problems.join("\n")}`,
    );
  }
  const together = checkPlugins(plugins.map((plugin) => plugin.instrument));
  if (together.length > 0) {
    throw new PluginConfigError(
      `the configured plugins cannot be used together (fix the plugins, or remove one from the plugin list):\n${together.map(formatProblem).join("\n")}`,
    );
  }
  return { plugins, warnings };
}
