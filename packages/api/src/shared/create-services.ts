import { type DatabaseHandle, migrateToLatest, openDatabase } from "@maturo/db";
import type { EventLogger, Services } from "../context.js";
import type { Mailer } from "./mailer.js";
import { DEFAULT_PLUGINS, loadPluginCatalog } from "./plugin-catalog.js";
import { ensureSecret } from "./secret.js";

export interface ServicesConfig {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  version: string;
  /** Package names or folders; default the four seed plugins. */
  plugins?: readonly string[];
  /** Where plugin names and folders resolve from. */
  pluginsCwd: string;
  secret?: string | undefined;
  mailer?: Mailer | null;
  publicUrl?: string | null;
  retentionDays?: number;
  demoAllowed: boolean;
  logger?: EventLogger | undefined;
}

/** Opens and migrates the database and loads the plugins: what the server and the CLI both need. */
export async function createServices(
  config: ServicesConfig,
): Promise<{ services: Services; database: DatabaseHandle; applied: string[] }> {
  const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const migration = await migrateToLatest(database.db);
    const services: Services = {
      db: database.db,
      dialect: database.dialect,
      version: config.version,
      secret: await ensureSecret(database.db, config.secret),
      now: () => new Date(),
      plugins: await loadPluginCatalog(config.plugins ?? DEFAULT_PLUGINS, config.pluginsCwd),
      mailer: config.mailer ?? null,
      publicUrl: config.publicUrl ?? null,
      retentionDays: config.retentionDays ?? 90,
      demoAllowed: config.demoAllowed,
      logger: config.logger,
    };
    return { services, database, applied: migration.applied };
  } catch (error) {
    await database.close();
    throw error;
  }
}
