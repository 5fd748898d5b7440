#!/usr/bin/env node
import { loadConfig } from "./config.js";
import { loadDemoOnStart } from "./demo-on-start.js";
import { createLogger } from "./logger.js";
import { startServer } from "./start.js";
import { serverVersion } from "./version.js";

const logger = createLogger();

async function main(): Promise<void> {
  const config = loadConfig();
  const server = await startServer(config, logger, {
    version: serverVersion(),
    beforeListen: (services) => loadDemoOnStart(services, config, logger),
  });
  const shutdown = (signal: string): void => {
    logger.info("shutting down", { signal });
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  logger.error("could not start", { error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
