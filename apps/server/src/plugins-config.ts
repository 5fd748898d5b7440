import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_PLUGINS } from "@maturo/api";
import { z } from "zod";

const fileSchema = z.object({ plugins: z.array(z.string().min(1)).min(1) });

/**
 * The configured plugins: the file's list (names and folders resolve from the file's folder), or
 * the four seed plugins, which ship as dependencies of this server.
 */
export function configuredPlugins(configFile: string | undefined): {
  plugins: readonly string[];
  cwd: string;
} {
  if (!configFile) return { plugins: DEFAULT_PLUGINS, cwd: fileURLToPath(new URL("..", import.meta.url)) };
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
      `PLUGINS_CONFIG ${configFile}: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}`,
    );
  }
  return { plugins: parsed.data.plugins, cwd: dirname(configFile) };
}
