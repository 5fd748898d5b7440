import type { AddressInfo } from "node:net";
import { createServices, purgeExpired, type Services } from "@maturo/api";
import { createAppServer } from "./app-server.js";
import type { ServerConfig } from "./config.js";
import type { Logger } from "./logger.js";
import { configuredPlugins } from "./plugins-config.js";
import { createSmtpMailer } from "./smtp-mailer.js";
import { defaultWebRoot } from "./web-root.js";

export interface RunningServer {
  url: string;
  port: number;
  services: Services;
  close(): Promise<void>;
}

export interface StartOptions {
  version: string;
  webRoot?: string;
  /** Runs after migrations and before listening (the demo loader). */
  beforeListen?: (services: Services, config: ServerConfig) => Promise<void>;
}

const RETENTION_SWEEP_MS = 6 * 3_600_000;

/** Opens and migrates the database, loads plugins, then listens. Resolves once requests can be served. */
export async function startServer(
  config: ServerConfig,
  logger: Logger,
  options: StartOptions,
): Promise<RunningServer> {
  const plugins = configuredPlugins(config.pluginsConfig);
  const { services, database, applied } = await createServices({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    version: options.version,
    plugins: plugins.plugins,
    pluginsCwd: plugins.cwd,
    secret: config.secret,
    mailer: config.smtp ? createSmtpMailer(config.smtp) : null,
    publicUrl: config.publicUrl ?? null,
    retentionDays: config.retentionDays ?? 90,
    demoAllowed: !config.production,
    logger,
  });
  try {
    logger.info("database ready", { dialect: database.dialect, location: database.location, applied });
    logger.info("plugins loaded", { plugins: services.plugins.plugins.map((p) => `${p.id}@${p.version}`) });
    for (const warning of services.plugins.warnings ?? []) logger.warn("plugin warning", { warning });
    await options.beforeListen?.(services, config);

    const server = createAppServer({
      services,
      webRoot: options.webRoot ?? defaultWebRoot(),
      trustProxy: config.trustProxy,
      publicUrl: config.publicUrl,
      logger,
    });
    await new Promise<void>((resolveListen, reject) => {
      server.once("error", reject);
      server.listen(config.port, config.host, () => resolveListen());
    });
    const { port } = server.address() as AddressInfo;
    const url = `http://localhost:${port}`;
    logger.info("listening", { url });

    const sweep = async (): Promise<void> => {
      const purged = await purgeExpired(services.db, services.now(), services.retentionDays);
      if (purged.length > 0)
        logger.info("retention: e-mail addresses and tokens deleted", { campaigns: purged });
    };
    await sweep();
    const timer = setInterval(() => {
      sweep().catch((error: unknown) => logger.error("retention sweep failed", { error: String(error) }));
    }, RETENTION_SWEEP_MS);
    timer.unref();

    let closing: Promise<void> | null = null;
    return {
      url,
      port,
      services,
      close() {
        clearInterval(timer);
        closing ??= new Promise<void>((resolveClose) => {
          server.close(() => resolveClose());
          server.closeIdleConnections();
        }).then(() => database.close());
        return closing;
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
