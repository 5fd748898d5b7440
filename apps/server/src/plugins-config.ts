import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_PLUGINS } from "@maturo/api";
import { isFolderSpecifier } from "@maturo/plugin-sdk";
import { z } from "zod";

const fileSchema = z.object({ plugins: z.array(z.string().min(1)).min(1) });

/** The server's installation: where package names resolve from, as `import` in the server would. */
const SERVER_ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * The configured plugins: the file's list, or the four seed plugins, which ship as dependencies of
 * this server. Package names resolve from the server's installation (install a plugin where the
 * server is installed); folders (`./x`, `../x`, `/x`) resolve from the config file's folder.
 */
export function configuredPlugins(configFile: string | undefined): {
  plugins: readonly string[];
  cwd: string;
} {
  if (!configFile) return { plugins: DEFAULT_PLUGINS, cwd: SERVER_ROOT };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(configFile, "utf8"));
  } catch (error) {
    throw new Error(
      `PLUGINS_CONFIG ${configFile}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      `PLUGINS_CONFIG ${configFile}: expected { "plugins": ["@maturo/plugin-users", "./my-plugin", …] } (package names or folders), at least one`,
    );
  }
  const configDir = dirname(resolve(configFile));
  return {
    plugins: parsed.data.plugins.map((entry) =>
      isFolderSpecifier(entry) ? resolve(configDir, entry) : entry,
    ),
    cwd: SERVER_ROOT,
  };
}
