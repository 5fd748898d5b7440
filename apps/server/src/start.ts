import type { AddressInfo } from "node:net";
import { migrateToLatest, openDatabase } from "@maturo/db";
import { createAppServer } from "./app-server.js";
import type { ServerConfig } from "./config.js";
import type { Logger } from "./logger.js";
import { defaultWebRoot } from "./web-root.js";

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Opens and migrates the database, then listens. Resolves once requests can be served. */
export async function startServer(
  config: ServerConfig,
  logger: Logger,
  options: { version: string; webRoot?: string },
): Promise<RunningServer> {
  const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const migration = await migrateToLatest(database.db);
  logger.info("database ready", {
    dialect: database.dialect,
    location: database.location,
    applied: migration.applied,
  });

  const server = createAppServer({
    database,
    version: options.version,
    webRoot: options.webRoot ?? defaultWebRoot(),
    logger,
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  logger.info("listening", { url });

  let closing: Promise<void> | null = null;
  return {
    url,
    port,
    close() {
      closing ??= new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeIdleConnections();
      }).then(() => database.close());
      return closing;
    },
  };
}
