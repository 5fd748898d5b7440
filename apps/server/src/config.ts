import { resolve } from "node:path";
import { z } from "zod";
import type { TrustProxy } from "./http-request.js";

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
    .string()
    .trim()
    .regex(/^(true|false|\d{1,2}|)$/, 'a number of proxy hops (0, 1, 2, …), "true" (one) or "false"')
    .optional()
    .transform((value) => (value === "true" ? 1 : value && value !== "false" ? Number(value) : 0)),
  PUBLIC_URL: z.url().optional(),
  SECRET: z.string().min(32, "at least 32 characters").optional(),
  RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(90),
  PLUGINS_CONFIG: z.string().min(1).optional(),
  MATURO_DEMO: z.enum(["auto", "off"]).default("auto"),
  NODE_ENV: z.string().optional(),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_SECURE: z.enum(["true", "false"]).default("false"),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: z.string().min(3).default("Maturo <no-reply@localhost>"),
});

export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  user: string | undefined;
  password: string | undefined;
  from: string;
}

export interface ServerConfig {
  port: number;
  host: string;
  /** Absolute path of the data directory (SQLite file, generated secrets). */
  dataDir: string;
  /** PostgreSQL connection URL; undefined means the embedded SQLite file in dataDir. */
  databaseUrl: string | undefined;
  /**
   * Proxies in front of the server whose X-Forwarded-For / X-Forwarded-Proto are honoured: a hop count
   * (`true` = 1, `false` = 0), see docs/decisions.md "Server: TRUST_PROXY counts hops".
   */
  trustProxy: TrustProxy;
  /** Base of links in e-mails (https://maturo.example.org); absent = links relative to the site. */
  publicUrl?: string | undefined;
  /** Overrides the secret generated and stored in the database on first start. */
  secret?: string | undefined;
  /** Days after a campaign closes before e-mail addresses and tokens are deleted. */
  retentionDays?: number;
  /** JSON file `{ "plugins": ["@scope/name", "./folder"] }`; default the four seed plugins. */
  pluginsConfig?: string | undefined;
  /** Load the synthetic demo into an empty database at start (never with NODE_ENV=production). */
  demo?: "auto" | "off";
  production?: boolean;
  smtp?: SmtpConfig | null;
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
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(cwd, e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    trustProxy: e.TRUST_PROXY,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ""),
    secret: e.SECRET,
    retentionDays: e.RETENTION_DAYS,
    pluginsConfig: e.PLUGINS_CONFIG ? resolve(cwd, e.PLUGINS_CONFIG) : undefined,
    demo: e.MATURO_DEMO,
    production: e.NODE_ENV === "production",
    smtp: e.SMTP_HOST
      ? {
          host: e.SMTP_HOST,
          port: e.SMTP_PORT,
          secure: e.SMTP_SECURE === "true",
          user: e.SMTP_USER,
          password: e.SMTP_PASSWORD,
          from: e.SMTP_FROM,
        }
      : null,
  };
}
