import { resolve } from "node:path";
import { z } from "zod";

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("data"),
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === "" ? undefined : value)),
  TRUST_PROXY: z
    .enum(["true", "false", "1", "0", ""])
    .optional()
    .transform((value) => value === "true" || value === "1"),
});

export interface ServerConfig {
  port: number;
  host: string;
  /** Absolute path of the data directory (SQLite file, generated secrets). */
  dataDir: string;
  /** PostgreSQL connection URL; undefined means the embedded SQLite file in dataDir. */
  databaseUrl: string | undefined;
  /** Honour X-Forwarded-For / X-Forwarded-Proto from a TLS-terminating proxy. */
  trustProxy: boolean;
}

export class ConfigError extends Error {
  readonly code = "CONFIG_INVALID";
}

/** Reads the server's settings from the environment; names the variable when one is invalid. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`invalid environment — ${problems.join("; ")}`);
  }
  const { PORT, HOST, DATA_DIR, DATABASE_URL, TRUST_PROXY } = parsed.data;
  return {
    port: PORT,
    host: HOST,
    dataDir: resolve(cwd, DATA_DIR),
    databaseUrl: DATABASE_URL,
    trustProxy: TRUST_PROXY,
  };
}
