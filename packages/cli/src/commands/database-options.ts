import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createServices, type Services } from "@maturo/api";
import type { DatabaseHandle } from "@maturo/db";
import { CliError } from "../cli-error.js";
import type { CliIo } from "../io.js";

/** `--data-dir` / `--database-url`, defaulting to DATA_DIR / DATABASE_URL like the server. */
export const databaseOptions = {
  "data-dir": { type: "string" },
  "database-url": { type: "string" },
} as const;

export function databaseConfig(
  values: { "data-dir"?: string | undefined; "database-url"?: string | undefined },
  io: CliIo,
): { databaseUrl: string | undefined; dataDir: string } {
  return {
    databaseUrl: values["database-url"] ?? process.env.DATABASE_URL ?? undefined,
    dataDir: resolve(io.cwd, values["data-dir"] ?? process.env.DATA_DIR ?? "data"),
  };
}

/** Opens, migrates and loads plugins as the server does; problems become CliErrors. */
export async function openServices(
  values: { "data-dir"?: string | undefined; "database-url"?: string | undefined },
  io: CliIo,
): Promise<{ services: Services; database: DatabaseHandle; applied: string[] }> {
  try {
    return await createServices({
      ...databaseConfig(values, io),
      version: "cli",
      pluginsCwd: fileURLToPath(new URL("../..", import.meta.url)),
      demoAllowed: process.env.NODE_ENV !== "production",
    });
  } catch (error) {
    throw new CliError("database", error instanceof Error ? error.message : String(error));
  }
}
